/**
 * Demo mode only: the data a visitor of {@code deploy/run.sh} finds, one seeder per feature (accounts, enterprises,
 * credit, notices, review rounds, each programme's campaigns), run in that order by {@link cn.tianjin.quality.demo.DemoData}
 * on an empty database. The top layer: it may call every feature, and nothing calls it.
 */
package cn.tianjin.quality.demo;
