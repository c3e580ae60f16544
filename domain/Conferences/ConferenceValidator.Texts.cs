using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>The lengths, counts and characters of what the organizer typed (see <see cref="InputLimits"/>).</summary>
public static partial class ConferenceValidator
{
    private static void CheckTexts(Conference conference, List<ValidationError> errors)
    {
        if (conference.Venue is { } venue)
        {
            TextRules.Check(venue.Name, InputLimits.VenueName, ConferenceFields.VenueName, Labels.VenueName, errors);
            TextRules.Check(venue.Address, InputLimits.VenueAddress, ConferenceFields.VenueAddress, Labels.VenueAddress, errors);
        }

        TextRules.CheckCount(conference.CoChairs, InputLimits.CoChairs, ConferenceFields.CoChairs, Messages.TooMany("đồng chủ trì", InputLimits.CoChairs), errors);
        for (var i = 0; i < conference.CoChairs.Count; i++)
        {
            var coChair = conference.CoChairs[i];
            TextRules.Check(coChair.Name, InputLimits.PersonName, ConferenceFields.CoChair(i, "name"), Labels.CoChairName, errors);
            TextRules.CheckCount(coChair.Titles, InputLimits.TitlesPerPerson, ConferenceFields.CoChair(i, "titles"), Messages.TooMany("chức danh cho mỗi đồng chủ trì", InputLimits.TitlesPerPerson), errors);
            for (var t = 0; t < coChair.Titles.Count; t++)
            {
                TextRules.Check(coChair.Titles[t].Text, InputLimits.Title, ConferenceFields.CoChairTitle(i, t), Labels.Title, errors);
            }
        }

        TextRules.CheckCount(conference.Agenda, InputLimits.AgendaItems, ConferenceFields.Agenda, Messages.TooMany("nội dung trong chương trình", InputLimits.AgendaItems), errors);
        for (var i = 0; i < conference.Agenda.Count; i++)
        {
            var item = conference.Agenda[i];
            TextRules.Check(item.Title, InputLimits.AgendaTitle, ConferenceFields.AgendaItem(i, "title"), Labels.AgendaTitle, errors);
            TextRules.Check(item.Presenter, InputLimits.AgendaPresenter, ConferenceFields.AgendaItem(i, "presenter"), Labels.AgendaPresenter, errors);
        }

        TextRules.CheckCount(conference.Invitees, InputLimits.Invitees, ConferenceFields.Invitees, Messages.TooMany("khách mời cho một hội nghị", InputLimits.Invitees), errors);
        for (var i = 0; i < conference.Invitees.Count; i++)
        {
            CheckInviteeTexts(conference.Invitees[i], i, errors);
        }

        var reminders = conference.Reminders.BeforeDeadline;
        TextRules.CheckCount(reminders, InputLimits.Reminders, ConferenceFields.Reminders, Messages.TooMany("lần nhắc", InputLimits.Reminders), errors);
        for (var i = 0; i < reminders.Count; i++)
        {
            if (reminders[i] > Duration.FromHours(InputLimits.ReminderHours))
            {
                errors.Add(new(ConferenceFields.Reminder(i), Messages.ReminderTooEarly(InputLimits.ReminderHours)));
            }
        }
    }

    private static void CheckInviteeTexts(Invitee invitee, int index, List<ValidationError> errors)
    {
        switch (invitee)
        {
            case Invitee.Person person:
                TextRules.CheckName(person.Name, InputLimits.PersonName, ConferenceFields.Invitee(index, "name"), Labels.PersonName, errors);
                TextRules.CheckName(person.Title, InputLimits.Title, ConferenceFields.Invitee(index, "title"), Labels.PersonTitle, errors);
                TextRules.CheckName(person.Organization, InputLimits.Organization, ConferenceFields.Invitee(index, "organization"), Labels.Organization, errors);
                break;
            case Invitee.Unit unit:
                TextRules.CheckName(unit.Name, InputLimits.Organization, ConferenceFields.Invitee(index, "name"), Labels.UnitName, errors);
                break;
        }
    }

    /// <summary>How the messages name the fields.</summary>
    internal static class Labels
    {
        public const string VenueName = "Tên địa điểm";
        public const string VenueAddress = "Địa chỉ địa điểm";
        public const string CoChairName = "Họ tên đồng chủ trì";
        public const string Title = "Chức danh";
        public const string AgendaTitle = "Nội dung chương trình";
        public const string AgendaPresenter = "Người trình bày";
        public const string PersonName = "Họ tên khách mời";
        public const string PersonTitle = "Chức vụ của khách mời";
        public const string Organization = "Tên đơn vị";
        public const string UnitName = "Tên đơn vị được mời";
        public const string Email = "Địa chỉ email";
        public const string DeclineReason = "Lý do không tham dự";
        public const string DeputyName = "Họ tên người dự thay";
        public const string DeputyTitle = "Chức vụ của người dự thay";
    }
}
