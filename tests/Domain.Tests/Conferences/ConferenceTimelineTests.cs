using HdndWorkflow.Domain.Conferences;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ConferenceTimelineTests
{
    private static readonly Conference Planned = Builders.Inviting();

    [Fact]
    public void Well_before_the_deadline_the_next_step_is_the_three_day_reminder()
    {
        var next = ConferenceTimeline.Next(Planned, Builders.At(2024, 7, 20), registrationClosed: false);

        next.Should().Be(new WorkflowStep.Remind(Builders.At(2024, 7, 27, 17), Duration.FromDays(3)));
        ((WorkflowStep.Remind)next).Purpose.Should().Be("reminder-72h");
    }

    [Fact]
    public void After_the_first_reminder_the_one_day_reminder_follows() =>
        ConferenceTimeline.Next(Planned, Builders.At(2024, 7, 27, 17), registrationClosed: false)
            .Should().Be(new WorkflowStep.Remind(Builders.At(2024, 7, 29, 17), Duration.FromDays(1)));

    [Fact]
    public void After_the_last_reminder_registration_closes_at_the_deadline() =>
        ConferenceTimeline.Next(Planned, Builders.At(2024, 7, 29, 18), registrationClosed: false)
            .Should().Be(new WorkflowStep.CloseRegistration(Builders.At(2024, 7, 30, 17)));

    [Fact]
    public void A_deadline_already_past_is_due_at_once() =>
        ConferenceTimeline.Next(Planned, Builders.At(2024, 7, 31), registrationClosed: false).At
            .Should().BeLessThan(Builders.At(2024, 7, 31));

    [Fact]
    public void Once_registration_is_closed_the_next_step_is_the_end_of_the_conference() =>
        ConferenceTimeline.Next(Planned, Builders.At(2024, 7, 30, 17), registrationClosed: true)
            .Should().Be(new WorkflowStep.Conclude(Builders.At(2024, 8, 2, 11, 30)));

    [Fact]
    public void A_conference_without_reminders_goes_straight_to_the_deadline() =>
        ConferenceTimeline.Next(Planned with { Reminders = ReminderPolicy.None }, Builders.At(2024, 7, 1), registrationClosed: false)
            .Should().BeOfType<WorkflowStep.CloseRegistration>();
}
