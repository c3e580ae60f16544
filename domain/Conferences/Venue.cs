namespace HdndWorkflow.Domain.Conferences;

/// <summary>Where a conference is held: "Hội trường UBND thị xã Cửa Lò", with an optional street address.</summary>
public sealed record Venue(string Name, string? Address = null)
{
    /// <summary>"Name, Address", or the name alone.</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(Address) ? Name : $"{Name}, {Address}";
}
