using HdndWorkflow.Domain.Conferences;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ReminderPolicyTests
{
    private static readonly Instant Deadline = Builders.At(2024, 7, 30, 17);

    [Fact]
    public void Default_policy_reminds_three_days_and_one_day_before_the_deadline() =>
        ReminderPolicy.Default.RemindersAfter(Deadline, Builders.At(2024, 7, 20))
            .Should().Equal(Builders.At(2024, 7, 27, 17), Builders.At(2024, 7, 29, 17));

    [Fact]
    public void Reminders_already_past_are_dropped() =>
        ReminderPolicy.Default.RemindersAfter(Deadline, Builders.At(2024, 7, 28))
            .Should().Equal(Builders.At(2024, 7, 29, 17));

    [Fact]
    public void A_reminder_exactly_now_is_not_in_the_future() =>
        ReminderPolicy.Default.RemindersAfter(Deadline, Builders.At(2024, 7, 29, 17)).Should().BeEmpty();

    [Fact]
    public void No_reminder_is_left_after_the_deadline() =>
        ReminderPolicy.Default.NextReminder(Deadline, Builders.At(2024, 7, 31)).Should().BeNull();

    [Fact]
    public void Reminders_are_never_at_or_after_the_deadline_and_come_in_order_without_duplicates()
    {
        var policy = new ReminderPolicy(
            [Duration.FromHours(2), Duration.Zero, Duration.FromDays(-1), Duration.FromDays(1), Duration.FromHours(24)]);

        policy.RemindersAfter(Deadline, Builders.At(2024, 7, 1))
            .Should().Equal(Builders.At(2024, 7, 29, 17), Builders.At(2024, 7, 30, 15));
    }

    [Fact]
    public void Next_reminder_is_the_earliest_ahead() =>
        ReminderPolicy.Default.NextReminder(Deadline, Builders.At(2024, 7, 20)).Should().Be(Builders.At(2024, 7, 27, 17));

    [Fact]
    public void Conference_reminds_only_while_inviting()
    {
        var now = Builders.At(2024, 7, 20);
        Builders.Conference().RemindersAfter(now).Should().BeEmpty();
        Builders.Inviting().RemindersAfter(now).Should().HaveCount(2);
    }
}
