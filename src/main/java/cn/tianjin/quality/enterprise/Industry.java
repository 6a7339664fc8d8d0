package cn.tianjin.quality.enterprise;

/** Sections of the national economic classification, GB/T 4754-2017. Names come from the bundle (industry.X). */
public enum Industry {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

    public String messageKey() {
        return "industry." + name();
    }
}
