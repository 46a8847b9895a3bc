-- Reminders on SQL Server: the database and its two logins, with the least rights each needs.
-- Run once, as a sysadmin, with sqlcmd (the passwords as variables; nothing secret is written here):
--   sqlcmd -S SERVIDOR -E -v MigratorPassword="..." AppPassword="..." -i create-database.sql
--
-- reminders_migrator runs the migrations (Database:MigrationsConnectionString): it creates and alters tables
-- (db_ddladmin) and records them in the migrations journal. reminders_app is the service's login
-- (Database:ConnectionString): it reads and writes rows (db_datareader, db_datawriter) and cannot create, alter or
-- drop anything.

CREATE LOGIN reminders_migrator WITH PASSWORD = N'$(MigratorPassword)', CHECK_POLICY = ON;
CREATE LOGIN reminders_app WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON;
GO

CREATE DATABASE Reminders;
GO

USE Reminders;
GO

CREATE USER reminders_migrator FOR LOGIN reminders_migrator;
CREATE USER reminders_app FOR LOGIN reminders_app;
ALTER ROLE db_ddladmin ADD MEMBER reminders_migrator;
ALTER ROLE db_datareader ADD MEMBER reminders_migrator;
ALTER ROLE db_datawriter ADD MEMBER reminders_migrator;
ALTER ROLE db_datareader ADD MEMBER reminders_app;
ALTER ROLE db_datawriter ADD MEMBER reminders_app;
GO
