-- The start date of a plan written with «Fecha» over «Inicio | Fin», and the four-month periods («Cuatrimestre» over
-- «1 | 2 | 3») an activity is marked active in, as «1,3» (empty: the table has the columns and marks none). Information only.
ALTER TABLE activities ADD start_date NVARCHAR(400) NULL, periods NVARCHAR(400) NULL;
