using System.Globalization;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>A conference's identity. Callers supply the Guid (the domain creates no random values).</summary>
public readonly record struct ConferenceId(Guid Value)
{
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
