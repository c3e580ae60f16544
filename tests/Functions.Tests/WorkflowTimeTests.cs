using HdndWorkflow.Functions.Workflow;

namespace HdndWorkflow.Functions.Tests;

public sealed class WorkflowTimeTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(-5, true)]
    public void A_timer_reaches_its_due_time_only_when_the_wait_is_not_cut(int seconds, bool reaches) =>
        new WorkflowTime(Now, TimeSpan.FromMinutes(1)).Reaches(Now.AddSeconds(seconds)).Should().Be(reaches);
}
