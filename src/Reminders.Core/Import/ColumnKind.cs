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

    /// <summary>The start date of a <c>Fecha</c> group over <c>Inicio | Fin</c>.</summary>
    Start,

    /// <summary>One four-month period of a <c>Cuatrimestre</c> group over <c>1 | 2 | 3</c>, marked with an <c>X</c>.</summary>
    Period,
}
