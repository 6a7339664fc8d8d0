/**
 * What officials steer by: the city's targets as data, each with the figure that measures it, counted by the portal
 * where a programme contributes a {@link cn.tianjin.quality.steering.TargetMeasure} and recorded with its date and
 * source where another department owns it. Stands above the workflow and below the programmes, which know it only
 * through that interface.
 */
package cn.tianjin.quality.steering;
