-- The state of each drawn panel (pool, conflicts at the draw, seated experts, position in the seeded sequence), so a
-- recused expert is replaced by continuing the same seeded draw, which anyone can repeat.
CREATE TABLE review_draw (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id    BIGINT        NOT NULL,
  entry_id    BIGINT        NOT NULL,
  pool        TEXT          NOT NULL,
  conflicted  TEXT          NOT NULL,
  experts     VARCHAR(1000) NOT NULL,
  draws       INT           NOT NULL,
  version     INT           NOT NULL,
  CONSTRAINT uq_review_draw_entry UNIQUE (entry_id),
  CONSTRAINT fk_review_draw_round FOREIGN KEY (round_id) REFERENCES review_round (id),
  CONSTRAINT fk_review_draw_entry FOREIGN KEY (entry_id) REFERENCES review_entry (id)
);
