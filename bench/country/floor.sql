-- The database's floor for planning one day: one plain query that reads the rows a run reads (every current activity
-- with its plan, entity, component and subcomponent, its office links with the offices, its progress reports and the
-- notification keys already recorded for it), touching every column the planner uses. bench/planning.sh times it.
SELECT
  (SELECT count(*) || ' ' || sum(length(e.name) + length(c.number) + length(s.name) + a.sub_number + a.item_number + length(a.text)
          + length(a.product) + coalesce(length(a.due_date), 0) + coalesce(length(a.cadence), 0) + length(a.state)
          + coalesce(length(a.completed_on), 0) + coalesce(length(a.evidence), 0) + p.year)
   FROM activities a JOIN components c ON c.id = a.component_id JOIN subcomponents s ON s.id = a.subcomponent_id
   JOIN plans p ON p.id = c.plan_id JOIN entities e ON e.id = p.entity_id WHERE a.removed_at IS NULL),
  (SELECT count(*) || ' ' || sum(ao.position + length(o.name) + length(o.emails) + coalesce(length(o.head_email), 0) + length(o.language))
   FROM activity_offices ao JOIN offices o ON o.id = ao.office_id),
  (SELECT count(*) || ' ' || coalesce(sum(length(r.reported_on) + length(r.note)), 0) FROM progress_reports r),
  (SELECT count(*) || ' ' || coalesce(sum(length(n.notification_key)), 0) FROM notifications n);
