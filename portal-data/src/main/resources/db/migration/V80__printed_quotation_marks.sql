-- The article's text layer gives ‟ (U+201F) for the printed ’ and „ (U+201E) for the printed “ (Japan‟s,
-- „Central Asia plus Japan‟): text-extraction glyphs, not the article's characters. Every title, name and
-- printed text now holds the printed characters, so pages, exports and searches carry ’ and “; curator's note
-- 2245 records the substitution. One revision of its own, so the history shows the change and a restore of an
-- earlier revision is a deliberate act.

insert into revinfo (revtstmp, editor) values (1796412600000, 'system (migration V80)');

create table v80_changed (id bigint not null primary key);
insert into v80_changed (id)
    select id from source where title like '%‟%' or title like '%„%'
    union select id from citation where printed_text like '%‟%' or printed_text like '%„%'
    union select id from initiative where name_en like '%‟%' or name_en like '%„%' or name_original like '%‟%'
        or name_original like '%„%' or bri_relation_zh like '%‟%' or bri_relation_zh like '%„%'
    union select id from agreement where title_original like '%‟%' or title_original like '%„%'
    union select id from curator_note where quoted_text like '%‟%' or quoted_text like '%„%' or id = 2245;

update source set title = replace(replace(title, '‟', '’'), '„', '“') where id in (select id from v80_changed);
update citation set printed_text = replace(replace(printed_text, '‟', '’'), '„', '“')
    where id in (select id from v80_changed);
update initiative set name_en = replace(replace(name_en, '‟', '’'), '„', '“'),
                      name_original = replace(replace(name_original, '‟', '’'), '„', '“'),
                      bri_relation_zh = replace(replace(bri_relation_zh, '‟', '’'), '„', '“')
    where id in (select id from v80_changed);
update agreement set title_original = replace(replace(title_original, '‟', '’'), '„', '“')
    where id in (select id from v80_changed);
update curator_note set quoted_text = replace(replace(quoted_text, '‟', '’'), '„', '“')
    where id in (select id from v80_changed);
update curator_note set
    note_zh = '本文的 PDF 文字層以 ‟（U+201F）代替印刷的 ’，以 „（U+201E）代替印刷的 “（例如 Japan‟s、China‟s、Asia‟s，共 20 次）：這是文字擷取的字元，不是原文的字。本站的篇名、名稱與原文引文一律改回印刷字元 ’ 與 “（資料庫遷移 V80），頁面、搜尋與匯出皆同。如此一來，有兩處引號照原印配成 “…’：“Central Asia plus Japan’ Dialogue 與 US “Late’ in Pushing Blue Dot；照原印保留。註 12、13 的書名本就印作 ’（Japan’s Silk Road Diplomacy）。',
    note_en = 'The article''s PDF text layer gives ‟ (U+201F) for the printed ’ and „ (U+201E) for the printed “ (Japan‟s, China‟s, Asia‟s and so on, 20 times). These are text-extraction glyphs, not the article''s characters: every title, name and printed text of the portal holds the printed ’ and “ instead (migration V80), and pages, searches and exports show them. As printed, two titles then pair “ with ’ (“Central Asia plus Japan’ Dialogue, and US “Late’ in Pushing Blue Dot); they are kept as printed. Footnotes 12 and 13 print the book title with ’ (Japan’s Silk Road Diplomacy) in the text layer too.'
    where id = 2245;
update record set modified_at = current_timestamp where id in (select id from v80_changed);

insert into record_aud (rev, revtype, created_at, deleted_at, id, modified_at, record_type, status)
    select (select max(rev) from revinfo), 1, created_at, deleted_at, id, modified_at, record_type, status
      from record where id in (select id from v80_changed);
insert into source_aud (rev, date_day, date_month, date_year, et_al, id, parent_id, lang, issue, pages, volume, place, publisher, container, title, title_en, url, source_type)
    select (select max(rev) from revinfo), date_day, date_month, date_year, et_al, id, parent_id, lang, issue, pages, volume, place, publisher, container, title, title_en, url, source_type
      from source where id in (select id from v80_changed);
insert into citation_aud (rev, footnote, ibid, id, label, locator, printed_text, citation_kind)
    select (select max(rev) from revinfo), footnote, ibid, id, label, locator, printed_text, citation_kind
      from citation where id in (select id from v80_changed);
insert into initiative_aud (rev, date_day, date_month, date_year, id, proposer_country_id, proposer_person_id, abbreviation, name_en, name_original, name_zh, bri_relation_en, bri_relation_zh, summary_en, summary_zh, bri_relation, initiative_kind)
    select (select max(rev) from revinfo), date_day, date_month, date_year, id, proposer_country_id, proposer_person_id, abbreviation, name_en, name_original, name_zh, bri_relation_en, bri_relation_zh, summary_en, summary_zh, bri_relation, initiative_kind
      from initiative where id in (select id from v80_changed);
insert into agreement_aud (rev, date_day, date_month, date_year, id, initiative_id, title_en, title_original, title_zh, outcome_en, outcome_zh, agreement_kind)
    select (select max(rev) from revinfo), date_day, date_month, date_year, id, initiative_id, title_en, title_original, title_zh, outcome_en, outcome_zh, agreement_kind
      from agreement where id in (select id from v80_changed);
insert into curator_note_aud (rev, id, target_id, quoted_text, note_en, note_zh, note_category)
    select (select max(rev) from revinfo), id, target_id, quoted_text, note_en, note_zh, note_category
      from curator_note where id in (select id from v80_changed);

drop table v80_changed;
