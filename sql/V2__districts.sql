-- Tianjin's 16 districts (administrative division codes, GB/T 2260). Reference data, needed in every mode.
INSERT INTO district (code, name_zh, name_en) VALUES
  ('120101', '和平区', 'Heping District'),
  ('120102', '河东区', 'Hedong District'),
  ('120103', '河西区', 'Hexi District'),
  ('120104', '南开区', 'Nankai District'),
  ('120105', '河北区', 'Hebei District'),
  ('120106', '红桥区', 'Hongqiao District'),
  ('120110', '东丽区', 'Dongli District'),
  ('120111', '西青区', 'Xiqing District'),
  ('120112', '津南区', 'Jinnan District'),
  ('120113', '北辰区', 'Beichen District'),
  ('120114', '武清区', 'Wuqing District'),
  ('120115', '宝坻区', 'Baodi District'),
  ('120116', '滨海新区', 'Binhai New Area'),
  ('120117', '宁河区', 'Ninghe District'),
  ('120118', '静海区', 'Jinghai District'),
  ('120119', '蓟州区', 'Jizhou District');
