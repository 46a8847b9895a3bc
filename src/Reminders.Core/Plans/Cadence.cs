namespace Reminders.Core.Plans;

/// <summary>How often an ongoing duty is reminded; the plan's <c>Mensual</c>, <c>Trimestral</c>, <c>Cuatrimestral</c>, <c>Semestral</c>.</summary>
public enum Cadence
{
    Monthly = 1,
    Quarterly = 3,
    FourMonthly = 4,
    HalfYearly = 6,
}
