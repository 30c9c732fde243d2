-- No assignment may outlive its tag. Assignments that a delete racing an assign left behind (before
-- tag writes locked the tag's row) are removed, and a foreign key holds the rule from here on:
-- deleting a tag deletes its assignments, and an assignment to a missing tag is refused.
delete from cs_customer_tags
where not exists (
  select 1 from cs_tags t
  where t.organization_id = cs_customer_tags.organization_id and t.id = cs_customer_tags.tag_id
);

alter table cs_customer_tags add constraint cs_customer_tags_tag_fk
  foreign key (organization_id, tag_id) references cs_tags (organization_id, id) on delete cascade;
