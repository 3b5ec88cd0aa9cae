-- Contributors get family and given parts; sources get the date their address was read (issue 15).
-- The stored contributors keep exactly the names the article prints: they stay literal (no family or given
-- part), since splitting "Kawato Akio", "European External Action Service" or "外務省" by rule would guess at
-- the order of names, and a guess is not what the article says. A curator may split a name in the editor.
-- name holds the display form: at its longest a given name, a space and a family name (2 x 200 + 1).

alter table source_contributor alter column name set data type varchar(401);
alter table source_contributor add column family_name varchar(200);
alter table source_contributor add column given_name varchar(200);

alter table source_contributor_aud alter column name set data type varchar(401);
alter table source_contributor_aud add column family_name varchar(200);
alter table source_contributor_aud add column given_name varchar(200);

alter table source add column accessed_year integer;
alter table source add column accessed_month integer;
alter table source add column accessed_day integer;

alter table source_aud add column accessed_year integer;
alter table source_aud add column accessed_month integer;
alter table source_aud add column accessed_day integer;
