-- The members of the article's initiatives as of the article's own revision, which V40 left out. Envers
-- numbers the rows of one change of a set 0, 1, 2 ... in the column setordinal (a counter within the change,
-- not an identity), so any distinct numbers per initiative will do: here, by country id. Only initiatives
-- whose members have no history yet: those edited since have their members recorded by Envers itself.
insert into initiative_member_aud (rev, revtype, setordinal, country_id, initiative_id, member_role)
    select (select min(rev) from revinfo), 0,
           (select count(*) from initiative_member o
             where o.initiative_id = m.initiative_id and o.country_id < m.country_id),
           m.country_id, m.initiative_id, m.member_role
      from initiative_member m
     where not exists (select 1 from initiative_member_aud a where a.initiative_id = m.initiative_id);
