namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The conclusions' tests' app and clock (they move it by days, which the conference tests must not see).</summary>
public sealed class ConclusionAppFixture : ClockedAppFixture
{
    public const string OrganizerEmail = "to-chuc@hdnd.localhost";
    public const string ApproverEmail = "phe-duyet@hdnd.localhost";
    public const string ChairEmail = "chu-tich@hdnd.localhost";
    public const string RecipientEmail = "ubnd-tinh@hdnd.localhost";
}

[CollectionDefinition(Name)]
public sealed class ConclusionAppCollection : ICollectionFixture<ConclusionAppFixture>
{
    public const string Name = "App for conclusions, with a clock of its own";
}
