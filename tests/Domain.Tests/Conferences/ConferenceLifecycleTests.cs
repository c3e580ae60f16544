using HdndWorkflow.Domain.Conferences;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ConferenceLifecycleTests
{
    private static readonly Instant BeforeDeadline = Builders.At(2024, 7, 25, 9);
    private static readonly Instant AfterDeadline = Builders.At(2024, 7, 31, 9);

    [Fact]
    public void Valid_draft_starts_inviting() =>
        Builders.Conference().StartInviting(BeforeDeadline).Value.Status.Should().Be(ConferenceStatus.Inviting);

    [Fact]
    public void Invalid_draft_cannot_start_inviting() =>
        (Builders.Conference() with { CoChairs = [] }).StartInviting(BeforeDeadline)
            .Errors.Should().ContainSingle().Which.Message.Should().Be("Hội nghị phải có ít nhất một đồng chủ trì.");

    [Fact]
    public void Inviting_after_the_deadline_is_refused() =>
        Builders.Conference().StartInviting(AfterDeadline).Errors.Should().ContainSingle()
            .Which.Message.Should().Be("Hạn đăng ký đã qua, không thể gửi giấy mời.");

    [Fact]
    public void Only_a_draft_starts_inviting() =>
        Builders.Inviting().StartInviting(BeforeDeadline).IsSuccess.Should().BeFalse();

    [Fact]
    public void Registration_closes_then_the_conference_is_held()
    {
        var closed = Builders.Inviting().CloseRegistration().Value;
        closed.Status.Should().Be(ConferenceStatus.RegistrationClosed);

        closed.MarkHeld(Builders.At(2024, 8, 2, 7, 0)).Errors.Should().ContainSingle()
            .Which.Message.Should().Be("Hội nghị chưa đến giờ bắt đầu.");
        closed.MarkHeld(Builders.At(2024, 8, 2, 7, 30)).Value.Status.Should().Be(ConferenceStatus.Held);
    }

    [Fact]
    public void Held_conference_cannot_be_cancelled_or_rescheduled()
    {
        var held = Builders.Inviting() with { Status = ConferenceStatus.Held };
        held.Cancel().Errors.Should().ContainSingle().Which.Message.Should().Be("Hội nghị đã được tổ chức.");
        held.Reschedule(held.Schedule, held.RegistrationDeadline, AfterDeadline).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Cancelling_twice_is_refused()
    {
        var cancelled = Builders.Inviting().Cancel().Value;
        cancelled.Status.Should().Be(ConferenceStatus.Cancelled);
        cancelled.Cancel().Errors.Should().ContainSingle().Which.Message.Should().Be("Hội nghị đã bị hủy.");
    }

    [Fact]
    public void Rescheduling_bumps_the_revision_and_reopens_registration()
    {
        var closed = Builders.Inviting() with { Status = ConferenceStatus.RegistrationClosed };
        var later = new Schedule(new LocalDate(2024, 8, 9), new LocalTime(14, 0), new LocalTime(17, 0));
        var deadline = new RegistrationDeadline(new LocalDateTime(2024, 8, 7, 17, 0));

        var moved = closed.Reschedule(later, deadline, AfterDeadline).Value;

        moved.Revision.Should().Be(1);
        moved.Status.Should().Be(ConferenceStatus.Inviting);
        moved.Schedule.SessionPhrase.Should().Be("Chiều ngày 9/8");
    }

    [Fact]
    public void Rescheduling_to_the_schedule_and_deadline_it_has_changes_nothing()
    {
        var moved = Builders.Inviting().Reschedule(
            new Schedule(new LocalDate(2024, 8, 9), new LocalTime(14, 0), new LocalTime(17, 0)), new RegistrationDeadline(new LocalDateTime(2024, 8, 7, 17, 0)), BeforeDeadline).Value;

        var again = moved.Reschedule(moved.Schedule, moved.RegistrationDeadline, BeforeDeadline).Value;

        again.Should().BeSameAs(moved, "the same reschedule sent twice is one reschedule");
        again.Revision.Should().Be(1);
    }

    [Fact]
    public void Rescheduling_with_a_deadline_after_the_start_is_refused()
    {
        var moved = Builders.Inviting().Reschedule(
            new Schedule(new LocalDate(2024, 8, 9), new LocalTime(8, 0), new LocalTime(11, 0)),
            new RegistrationDeadline(new LocalDateTime(2024, 8, 9, 9, 0)),
            BeforeDeadline);

        moved.Errors.Should().ContainSingle().Which.Field.Should().Be("registrationDeadline");
        FluentActions.Invoking(() => moved.Value).Should().Throw<InvalidOperationException>();
    }
}
