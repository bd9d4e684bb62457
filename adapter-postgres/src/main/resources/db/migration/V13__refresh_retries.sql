-- A refresh whose answer was lost may be sent again with the token it spent (specs/005 FR-505, FR-506): the retry
-- withdraws the successors that were never presented. A withdrawn token is spent like any other, but does
-- not count as the session having moved on when the spent token comes back.
alter table refresh_tokens add column withdrawn boolean not null default false;
