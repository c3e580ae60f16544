namespace HdndWorkflow.Domain.Councils;

/// <summary>A council's stable code, e.g. "tinh-nghe-an".</summary>
public readonly record struct CouncilId(string Value)
{
    public override string ToString() => Value ?? string.Empty;
}
