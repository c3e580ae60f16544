using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Tests.Invitations;

public class AttendanceRollTests
{
    private static readonly Deputy DeputyHa = new("Phạm Thu Hà", "Phó Giám đốc Sở Tư pháp", EmailAddress.From("ha.pt@example.vn"));
    private static readonly Deputy FrontOfficer = new("Võ Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", EmailAddress.From("nam.vv@example.vn"));

    [Fact]
    public void Nobody_has_answered_at_first()
    {
        var roll = Builders.Conference().Roll([]);

        roll.NotAnswered.Should().Equal(Builders.PersonA, Builders.PersonB, Builders.FrontUnit);
        roll.Counts.Should().Be(new RollCounts(Invited: 3, Accepted: 0, Declined: 0, DeputiesSent: 0, NotAnswered: 3, Tentative: 0));
    }

    [Fact]
    public void Roll_counts_answers_and_lists_who_has_not_answered_yet()
    {
        Reply[] replies =
        [
            new(Builders.PersonA.Id, new InvitationResponse.DeputySent(DeputyHa), Builders.At(2024, 7, 26)),
            new(Builders.FrontUnit.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 27)),
        ];

        var roll = Builders.Conference().Roll(replies);

        roll.NotAnswered.Should().Equal(Builders.PersonB);
        roll.Counts.Should().Be(new RollCounts(3, Accepted: 1, Declined: 0, DeputiesSent: 1, NotAnswered: 1, Tentative: 0));
        roll.Counts.Attending.Should().Be(2);
        roll.Counts.Answered.Should().Be(2);
    }

    [Fact]
    public void Tentative_is_neither_attending_nor_answered_and_the_summary_says_maybe_apart()
    {
        Reply[] replies =
        [
            new(Builders.PersonA.Id, new InvitationResponse.Tentative(), Builders.At(2024, 7, 26)),
            new(Builders.FrontUnit.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 27)),
        ];

        var roll = Builders.Conference().Roll(replies);

        roll.Counts.Should().Be(new RollCounts(3, Accepted: 1, Declined: 0, DeputiesSent: 0, NotAnswered: 1, Tentative: 1));
        roll.Attending.Should().ContainSingle().Which.Invitee.Should().Be(Builders.FrontUnit);
        roll.Counts.Attending.Should().Be(1);
        roll.Counts.Answered.Should().Be(1);
        roll.Counts.Summary().Should().Be("1 tham dự, 0 cử người dự thay, 1 có thể tham dự, 0 không tham dự, 1 chưa trả lời");
    }

    [Fact]
    public void An_unanswered_invitation_that_bounced_is_undelivered_not_invited()
    {
        Reply[] replies = [new(Builders.PersonB.Id, new InvitationResponse.Declined(), Builders.At(2024, 7, 26))];
        var roll = Builders.Conference().Roll(replies);

        // Person A's invitation bounced and has no answer; the unit's bounced but the organizer recorded nothing either;
        // person B's bounced after B had declined: B's answer counts.
        var counts = roll.CountsWith(new HashSet<InviteeId> { Builders.PersonA.Id, Builders.PersonB.Id });

        counts.Should().Be(new RollCounts(Invited: 2, Accepted: 0, Declined: 1, DeputiesSent: 0, NotAnswered: 1, Tentative: 0, Undelivered: 1));
        (counts.Invited + counts.Undelivered).Should().Be(roll.Entries.Count);
        counts.Summary().Should().Be("0 tham dự, 0 cử người dự thay, 1 không tham dự, 1 chưa trả lời, 1 không đến được");
        roll.Counts.Summary().Should().Be("0 tham dự, 0 cử người dự thay, 1 không tham dự, 2 chưa trả lời");
    }

    [Fact]
    public void Deputy_appears_under_own_name_standing_in_for_the_invitee()
    {
        var roll = Builders.Conference().Roll(
            [new Reply(Builders.PersonA.Id, new InvitationResponse.DeputySent(DeputyHa), Builders.At(2024, 7, 26))]);

        var entry = roll.Attending.Should().ContainSingle().Subject;
        entry.AttendeeName.Should().Be("Phạm Thu Hà");
        entry.AttendeeLine.Should().Be("Phạm Thu Hà \u2013 Phó Giám đốc Sở Tư pháp (dự thay đồng chí Trần Văn Bình)");
        entry.Invitee.Should().Be(Builders.PersonA);
    }

    [Fact]
    public void Unit_representative_is_listed_as_representing_the_unit()
    {
        var roll = Builders.Conference().Roll(
            [new Reply(Builders.FrontUnit.Id, new InvitationResponse.DeputySent(FrontOfficer), Builders.At(2024, 7, 26))]);

        roll.Attending.Should().ContainSingle().Which.AttendeeLine.Should().Be(
            "Võ Văn Nam \u2013 Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (đại diện Ủy ban MTTQ Việt Nam tỉnh)");
    }

    [Fact]
    public void Accepted_person_is_listed_with_title_and_organization()
    {
        var roll = Builders.Conference().Roll(
            [new Reply(Builders.PersonB.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 26))]);

        roll.Attending.Should().ContainSingle().Which.AttendeeLine.Should().Be("Lê Thị Hoa \u2013 Giám đốc Sở Tư pháp");
    }

    [Fact]
    public void Latest_reply_wins_whatever_the_order_received()
    {
        Reply[] replies =
        [
            new(Builders.PersonB.Id, new InvitationResponse.Declined(), Builders.At(2024, 7, 29)),
            new(Builders.PersonB.Id, new InvitationResponse.Accepted(), Builders.At(2024, 7, 25)),
        ];

        var roll = Builders.Conference().Roll(replies);

        roll.Declined.Should().ContainSingle().Which.Invitee.Should().Be(Builders.PersonB);
        roll.Attending.Should().BeEmpty();
        roll.Entries[1].AttendeeName.Should().BeNull();
    }

    [Fact]
    public void Replies_from_people_not_invited_are_ignored()
    {
        var roll = Builders.Conference().Roll(
            [new Reply(Builders.InviteeId(99), new InvitationResponse.Accepted(), Builders.At(2024, 7, 26))]);

        roll.Counts.NotAnswered.Should().Be(3);
        roll.Entries.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(ResponseKind.Accepted, "Tham dự")]
    [InlineData(ResponseKind.Declined, "Không tham dự")]
    [InlineData(ResponseKind.DeputySent, "Cử người dự thay")]
    [InlineData(ResponseKind.NoAnswer, "Chưa trả lời")]
    public void Responses_have_Vietnamese_labels(ResponseKind kind, string expected) => kind.DisplayName.Should().Be(expected);
}
