package cn.tianjin.quality.demo;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.NoticeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The notices on the home page that no campaign of the demo publishes itself. */
@ApplicationScoped
class NoticeSeeder {
    @Inject
    NoticeService notices;

    void seed() {
        notices.publish(Actor.system(), "关于开展2026年度天津质量奖评审工作的通知",
                "各有关单位：2026年度天津质量奖申报工作现已启动，请符合条件的组织通过本平台在线申报。", "AWARD");
        notices.publish(Actor.system(), "天津品牌评价：2026年度申报指南",
                "本年度天津品牌评价面向产品品牌和服务品牌开展，请登录平台查看申报条件与指标填报说明。", "BRAND");
        notices.publish(Actor.system(), "首席质量官备案工作提示",
                "请已设立首席质量官的企业及时在平台完成备案，并于每年一季度提交年度工作报告。", "CQO");
    }
}
