/**
 * Tables officials upload (CSV from any spreadsheet, or XLSX): the records with the line numbers a spreadsheet shows,
 * the text cleaned as Excel cells carry it, dates as people type them. The features check the columns and rows.
 */
package cn.tianjin.quality.platform.tables;
