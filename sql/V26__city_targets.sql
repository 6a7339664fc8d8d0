-- Titles recorded from before the portal: where they came from and the number of their paper certificate; they have no
-- serial of the portal's (a year of 名牌 products ran to hundreds, beyond a serial's sequence). The city's targets
-- count enterprises holding titles of a programme's levels, so that count has an index of its own.
ALTER TABLE title ADD COLUMN origin VARCHAR(10) NOT NULL DEFAULT 'PORTAL';
ALTER TABLE title MODIFY serial VARCHAR(20) NULL;
ALTER TABLE title ADD COLUMN original_number VARCHAR(60);
CREATE INDEX ix_title_holders ON title (programme, level, enterprise_id, status);

-- The city's targets as data: what is to be reached by when, what counts, which document set it and who owns it; the
-- targets of an earlier plan are kept as history. The portal counts some itself (measure names the counting rule);
-- the figures of the others are recorded, each with its date and source, and kept.
CREATE TABLE city_target (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(40)    NOT NULL,
  name_zh          VARCHAR(200)   NOT NULL,
  name_en          VARCHAR(200)   NOT NULL,
  unit_zh          VARCHAR(20)    NOT NULL,
  unit_en          VARCHAR(20)    NOT NULL,
  target_value     DECIMAL(12,2)  NOT NULL,
  deadline_year    INT            NOT NULL,
  measure          VARCHAR(30)    NOT NULL,
  counts_zh        VARCHAR(500)   NOT NULL,
  counts_en        VARCHAR(500)   NOT NULL,
  source_document  VARCHAR(300)   NOT NULL,
  owner            VARCHAR(200)   NOT NULL,
  history          BOOLEAN        NOT NULL,
  position         INT            NOT NULL,
  version          INT            NOT NULL,
  CONSTRAINT uq_city_target_code UNIQUE (code)
);

CREATE TABLE target_figure (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  target_id    BIGINT         NOT NULL,
  figure       DECIMAL(12,2)  NOT NULL,
  as_of        DATE           NOT NULL,
  source       VARCHAR(300)   NOT NULL,
  recorded_by  VARCHAR(100)   NOT NULL,
  recorded_at  DATETIME(6)    NOT NULL,
  CONSTRAINT fk_target_figure_target FOREIGN KEY (target_id) REFERENCES city_target (id)
);
CREATE INDEX ix_target_figure ON target_figure (target_id, as_of, id);

INSERT INTO city_target (code, name_zh, name_en, unit_zh, unit_en, target_value, deadline_year, measure, counts_zh, counts_en,
                         source_document, owner, history, position, version) VALUES
('award-holders', '天津质量奖及提名奖获奖企业', 'Enterprises holding the Tianjin Quality Award or its nomination award', '家', 'enterprises',
 45, 2025, 'AWARD_HOLDERS', '获得天津质量奖或提名奖的企业，一家企业多次获奖只计一次；已撤销的不计；含门户上线前获奖并导入的企业。',
 'Distinct enterprises with a title of the award or its nomination award; an enterprise with several titles counts once; revoked titles do not count; winners from before the portal count once imported.',
 '质量强市建设纲要（2024年）', '市市场监管委质量发展处', FALSE, 10, 0),
('cqo-enterprises', '实行首席质量官制度的企业', 'Enterprises running the chief quality officer system', '家', 'enterprises',
 500, 2025, 'CQO_ENTERPRISES', '现有登记在册首席质量官的企业。', 'Enterprises with a registered chief quality officer now.',
 '质量强市建设纲要（2024年）', '市市场监管委质量发展处', FALSE, 20, 0),
('standards-led', '主导制定的标准', 'Standards led', '项', 'standards', 300, 2025, 'RECORDED',
 '本市单位主导制定的国际、国家和行业标准，按定期报送的数字计。', 'International, national and sector standards led by Tianjin bodies, as reported.',
 '质量强市建设纲要（2024年）', '市市场监管委标准化处', FALSE, 30, 0),
('standardisation-pilots', '标准化试点示范项目', 'Standardisation pilots', '个', 'pilots', 40, 2025, 'RECORDED',
 '国家级和市级标准化试点示范项目，按定期报送的数字计。', 'National and city standardisation pilot projects, as reported.',
 '质量强市建设纲要（2024年）', '市市场监管委标准化处', FALSE, 40, 0),
('measurement-standards', '社会公用计量标准', 'Measurement standards', '项', 'standards', 50, 2025, 'RECORDED',
 '新建社会公用计量标准，按定期报送的数字计。', 'New public measurement standards, as reported.',
 '质量强市建设纲要（2024年）', '市市场监管委计量处', FALSE, 50, 0),
('measurement-centres', '计量测试服务中心', 'Measurement service centres', '个', 'centres', 5, 2025, 'RECORDED',
 '建成的产业计量测试服务中心，按定期报送的数字计。', 'Industrial measurement and testing service centres built, as reported.',
 '质量强市建设纲要（2024年）', '市市场监管委计量处', FALSE, 60, 0),
('competitiveness-index', '制造业质量竞争力指数', 'Manufacturing quality competitiveness index', '', '', 90, 2025, 'RECORDED',
 '全市制造业质量竞争力指数，按发布的数字计。', 'The city''s manufacturing quality competitiveness index, as published.',
 '质量强市建设纲要（2024年）', '市市场监管委质量发展处', FALSE, 70, 0),
('famous-brands-2020', '天津市名牌产品', 'Tianjin famous-brand products', '个', 'products', 700, 2020, 'RECORDED',
 '有效期内的天津市名牌产品；2018年起不再认定。', 'Tianjin famous-brand products within their validity; no longer recognised since 2018.',
 '质量发展实施意见（2018年）', '市市场监管委质量发展处', TRUE, 110, 0),
('brand-pilots-2020', '品牌培育试点企业', 'Brand-cultivation pilot enterprises', '家', 'enterprises', 170, 2020, 'RECORDED',
 '品牌培育试点企业，按报送的数字计。', 'Brand-cultivation pilot enterprises, as reported.',
 '质量发展实施意见（2018年）', '市市场监管委质量发展处', TRUE, 120, 0),
('cluster-brand-pilots-2020', '区域集群品牌试点', 'Regional cluster brand pilots', '个', 'pilots', 3, 2020, 'RECORDED',
 '产业集群区域品牌建设试点，按报送的数字计。', 'Regional cluster brand pilots, as reported.',
 '质量发展实施意见（2018年）', '市市场监管委质量发展处', TRUE, 130, 0),
('geographical-indications-2020', '地理标志', 'Geographical indications', '件', 'indications', 50, 2020, 'RECORDED',
 '地理标志产品和地理标志商标，按报送的数字计。', 'Geographical-indication products and marks, as reported.',
 '质量发展实施意见（2018年）', '市知识产权局', TRUE, 140, 0),
('certificates-2020', '认证证书', 'Certification certificates', '张', 'certificates', 15000, 2020, 'RECORDED',
 '有效的认证证书，按报送的数字计。', 'Valid certification certificates, as reported.',
 '质量发展实施意见（2018年）', '市市场监管委认证监管处', TRUE, 150, 0),
('inspection-bodies-2020', '检验检测机构', 'Inspection and testing bodies', '家', 'bodies', 550, 2020, 'RECORDED',
 '取得资质认定的检验检测机构，按报送的数字计。', 'Accredited inspection and testing bodies, as reported.',
 '质量发展实施意见（2018年）', '市市场监管委认可检测处', TRUE, 160, 0);
