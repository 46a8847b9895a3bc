namespace Reminders.Core.Import;

/// <summary>The columns of a PAAC table the importer reads.</summary>
internal enum ColumnKind
{
    SubComponent,
    Number,
    Activity,
    Product,
    Responsible,
    Date,
}
