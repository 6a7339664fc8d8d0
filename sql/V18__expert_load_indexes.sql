-- The review round page's load table and its hand-seating suggestions, a page of experts at a time. Seats counted per
-- expert in one round read this index alone (the round's 11,030 seats at size L: the busiest-first page in 3-4 ms on
-- MariaDB, 8-23 ms through the expert index before), and a page's own experts are counted by 20 look-ups.
CREATE INDEX ix_assignment_round_expert ON review_assignment (round_id, expert_user_id, withdrawn_at);

-- Active experts counted, and found by name, among all accounts (3,000 at L, most of them applicants).
CREATE INDEX ix_user_role ON user_account (role, status, display_name);
