using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Invitations;

public class AnswerTests
{
    private static readonly Conference Conference = Builders.Inviting();
    private static readonly InviteeId Binh = Builders.PersonA.Id;
    private static readonly Instant Deadline = Builders.At(2024, 7, 30, 17);

    private static readonly Deputy DeputyHa = new("Phạm Thu Hà", "Phó Giám đốc Sở Tư pháp", EmailAddress.From("ha.pt@example.vn"));

    [Fact]
    public void Answer_before_the_deadline_is_recorded()
    {
        var at = Builders.At(2024, 7, 29, 10);

        var reply = Conference.Answer(Binh, new InvitationResponse.Accepted(), at);

        reply.Value.Should().Be(new Reply(Binh, new InvitationResponse.Accepted(), at));
    }

    [Fact]
    public void Answer_at_the_deadline_itself_is_still_accepted() =>
        Conference.Answer(Binh, new InvitationResponse.Declined("Bận công tác"), Deadline).IsSuccess.Should().BeTrue();

    [Fact]
    public void Answer_after_deadline_is_refused()
    {
        var result = Conference.Answer(Binh, new InvitationResponse.Accepted(), Deadline + Duration.FromMinutes(1));

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Be(new ValidationError(
            "registrationDeadline", "Đã hết hạn đăng ký tham dự (hạn chót: 17 giờ 00 ngày 30/07/2024)."));
    }

    [Fact]
    public void Answer_can_change_until_the_deadline()
    {
        var first = Conference.Answer(Binh, new InvitationResponse.Accepted(), Builders.At(2024, 7, 25)).Value;
        var second = Conference.Answer(Binh, new InvitationResponse.DeputySent(DeputyHa), Builders.At(2024, 7, 30, 16)).Value;

        Conference.Roll([second, first]).Entries[0].Response.Should().Be(new InvitationResponse.DeputySent(DeputyHa));
    }

    [Fact]
    public void Answer_to_a_cancelled_conference_is_refused() =>
        (Conference with { Status = ConferenceStatus.Cancelled }).Answer(Binh, new InvitationResponse.Accepted(), Builders.At(2024, 7, 25))
            .Errors.Should().ContainSingle().Which.Message.Should().Be("Hội nghị đã bị hủy, không nhận đăng ký tham dự.");

    [Fact]
    public void Answer_before_invitations_are_sent_is_refused() =>
        Builders.Conference().Answer(Binh, new InvitationResponse.Accepted(), Builders.At(2024, 7, 25))
            .Errors.Should().ContainSingle().Which.Message.Should().Be("Giấy mời chưa được gửi, chưa thể đăng ký tham dự.");

    [Fact]
    public void Answer_after_early_closing_is_refused()
    {
        var closed = Conference.CloseRegistration().Value;

        closed.AcceptsAnswers(Builders.At(2024, 7, 25)).Should().BeFalse();
        closed.Answer(Binh, new InvitationResponse.Accepted(), Builders.At(2024, 7, 25))
            .Errors.Should().ContainSingle().Which.Message.Should().Be("Đã đóng đăng ký tham dự.");
    }

    [Fact]
    public void Answer_from_someone_not_invited_is_refused() =>
        Conference.Answer(Builders.InviteeId(77), new InvitationResponse.Accepted(), Builders.At(2024, 7, 25))
            .Errors.Should().ContainSingle().Which.Field.Should().Be("inviteeId");

    [Fact]
    public void No_answer_is_not_an_answer() =>
        Conference.Answer(Binh, new InvitationResponse.NoAnswer(), Builders.At(2024, 7, 25))
            .Errors.Should().ContainSingle().Which.Message.Should().Be("Vui lòng chọn: tham dự, không tham dự hoặc cử người dự thay.");

    [Fact]
    public void Deputy_needs_name_title_and_a_valid_email()
    {
        var result = Conference.Answer(
            Binh, new InvitationResponse.DeputySent(new Deputy("", " ", EmailAddress.From("ha@"))), Builders.At(2024, 7, 25));

        result.Errors.Should().BeEquivalentTo(
        [
            new ValidationError("response.deputy.name", "Họ tên người dự thay không được để trống."),
            new ValidationError("response.deputy.title", "Chức vụ của người dự thay không được để trống."),
            new ValidationError("response.deputy.email", "Địa chỉ email \u201cha@\u201d không hợp lệ."),
        ]);
    }

    [Fact]
    public void Accepts_answers_only_while_inviting_and_until_the_deadline()
    {
        Conference.AcceptsAnswers(Deadline).Should().BeTrue();
        Conference.AcceptsAnswers(Deadline + Duration.FromSeconds(1)).Should().BeFalse();
        Builders.Conference().AcceptsAnswers(Deadline).Should().BeFalse();
    }
}
