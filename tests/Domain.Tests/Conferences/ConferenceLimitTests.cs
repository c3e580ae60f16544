using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ConferenceLimitTests
{
    [Fact]
    public void A_conference_at_every_maximum_is_valid()
    {
        static string Max(int length) => new('ệ', length);
        var conference = Builders.Conference() with
        {
            Venue = new Venue(Max(InputLimits.VenueName), Max(InputLimits.VenueAddress)),
            CoChairs = [.. Enumerable.Range(0, InputLimits.CoChairs).Select(_ => CoChair.Create(
                Max(InputLimits.PersonName), [Max(InputLimits.Title), Max(InputLimits.Title)], [Max(InputLimits.Title), Max(InputLimits.Title)]))],
            Agenda = [.. Enumerable.Range(0, InputLimits.AgendaItems).Select(_ => new AgendaItem(Max(InputLimits.AgendaTitle), Max(InputLimits.AgendaPresenter)))],
            Reminders = new ReminderPolicy([.. Enumerable.Range(1, InputLimits.Reminders).Select(h => Duration.FromHours(h)), ]),
        };

        conference.Validate().Should().BeEmpty();
    }

    [Fact]
    public void One_more_of_anything_is_refused_field_by_field()
    {
        static string Over(int length) => new('a', length + 1);
        var conference = Builders.Conference() with
        {
            Venue = new Venue(Over(InputLimits.VenueName), Over(InputLimits.VenueAddress)),
            CoChairs = [.. Enumerable.Range(0, InputLimits.CoChairs + 1).Select(_ => CoChair.Create(Over(InputLimits.PersonName), [], ["Chủ tịch", "a", "b", "c", "d"]))],
            Agenda = [.. Enumerable.Range(0, InputLimits.AgendaItems + 1).Select(_ => new AgendaItem(Over(InputLimits.AgendaTitle), Over(InputLimits.AgendaPresenter)))],
            Invitees = [Builders.PersonA with { Title = Over(InputLimits.Title), Organization = Over(InputLimits.Organization) }, Builders.FrontUnit with { Name = Over(InputLimits.Organization) }],
            Reminders = new ReminderPolicy([.. Enumerable.Range(1, InputLimits.Reminders).Select(h => Duration.FromHours(h)), Duration.FromHours(InputLimits.ReminderHours + 1)]),
        };

        conference.Validate().Select(e => e.Field).Should().Contain(
        [
            "venue.name", "venue.address", "coChairs", "coChairs[0].name", "coChairs[0].titles", "agenda", "agenda[0].title",
            "agenda[0].presenter", "invitees[0].title", "invitees[0].organization", "invitees[1].name", "reminders", "reminders[10]",
        ]);
    }

    [Fact]
    public void A_deputy_or_reason_too_long_or_with_a_control_character_is_refused()
    {
        var conference = Builders.Inviting();
        var now = Builders.At(2024, 7, 25, 9);
        var deputy = new Deputy(new string('a', InputLimits.PersonName + 1), "=cmd", EmailAddress.From("du-thay@example.vn"));

        conference.Answer(Builders.PersonA.Id, new InvitationResponse.DeputySent(deputy), now).Errors.Select(e => e.Field)
            .Should().Equal("response.deputy.name", "response.deputy.title");
        conference.Answer(Builders.PersonA.Id, new InvitationResponse.Declined(new string('a', InputLimits.DeclineReason + 1)), now).Errors
            .Should().ContainSingle().Which.Field.Should().Be("reason");
        conference.Answer(Builders.PersonA.Id, new InvitationResponse.Declined("Bận\nđi công tác"), now).IsSuccess.Should().BeTrue();
    }
}
