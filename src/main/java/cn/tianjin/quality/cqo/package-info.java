/**
 * Chief quality officers (首席质量官): the enterprise's filing of its CQO, the bureau's check and the registry number,
 * changes with their history, the yearly work report and the public registry. The rules (qualification by enterprise
 * size) are data an official edits; the identity number is held encrypted and shown masked.
 *
 * <p>What is pure logic here (the identity number check, the registry number, the qualification rules, the encryption
 * of identity numbers) has no container types and is unit-tested without a server.
 */
package cn.tianjin.quality.cqo;
