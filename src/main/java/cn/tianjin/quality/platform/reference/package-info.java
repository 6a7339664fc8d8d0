/**
 * Reference data every feature reads and none owns: Tianjin's districts, installed by the migrations.
 */
package cn.tianjin.quality.platform.reference;
