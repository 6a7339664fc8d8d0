/**
 * The Tianjin brands (天津品牌): what is the programme's own. The indicators an application gives for three years and
 * their check ({@link cn.tianjin.quality.brand.IndicatorSet}, {@link cn.tianjin.quality.brand.IndicatorCheck}), the
 * Tianjin brand index's formula and its computation ({@link cn.tianjin.quality.brand.IndexFormula},
 * {@link cn.tianjin.quality.brand.BrandIndex}), both versioned data shipped as {@code brand/*.json}; the alliance's
 * register and its evaluators' desk; and the programme on the workflow ({@link cn.tianjin.quality.brand.BrandProgramme}):
 * campaigns run by an alliance member, the alliance's recognition, and the 天津市名牌产品 of before 2019 kept as history.
 */
package cn.tianjin.quality.brand;
