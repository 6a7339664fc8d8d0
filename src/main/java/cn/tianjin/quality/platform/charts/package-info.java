/**
 * The geometry of charts the pages draw as inline SVG: no script, nothing fetched from elsewhere, sharp in print, and
 * within the content security policy. Each chart page shows the same figures as a table for screen readers.
 */
package cn.tianjin.quality.platform.charts;
