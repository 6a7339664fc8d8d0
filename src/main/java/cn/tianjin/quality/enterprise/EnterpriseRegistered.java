package cn.tianjin.quality.enterprise;

import java.time.LocalDate;

/** Fired inside the registering transaction; the credit file and notifications listen to it. */
public record EnterpriseRegistered(Long enterpriseId, String creditCode, String name, LocalDate on, boolean outsideTianjin) {
}
