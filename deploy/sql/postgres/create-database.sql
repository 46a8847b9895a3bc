-- Reminders on PostgreSQL: the database and its two logins, with the least rights each needs.
-- Run once, as a superuser, with psql (the passwords as variables; nothing secret is written here):
--   psql -h SERVIDOR -U postgres -v migrator_password='...' -v app_password='...' -f create-database.sql
--
-- reminders_migrator owns the schema and runs the migrations (Database:MigrationsConnectionString): it creates and
-- alters tables. reminders_app is the service's login (Database:ConnectionString): it reads and writes rows, and
-- cannot create, alter or drop anything. The default privileges below give it the tables later migrations create.

CREATE ROLE reminders_migrator LOGIN PASSWORD :'migrator_password';
CREATE ROLE reminders_app LOGIN PASSWORD :'app_password';
CREATE DATABASE reminders OWNER reminders_migrator ENCODING 'UTF8';

\connect reminders

-- Nobody but the owner creates objects in the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO reminders_migrator;
GRANT USAGE ON SCHEMA public TO reminders_app;

-- Rows, not structure: every table and sequence the migrator creates, now and in later versions.
ALTER DEFAULT PRIVILEGES FOR ROLE reminders_migrator IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO reminders_app;
ALTER DEFAULT PRIVILEGES FOR ROLE reminders_migrator IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO reminders_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO reminders_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO reminders_app;
