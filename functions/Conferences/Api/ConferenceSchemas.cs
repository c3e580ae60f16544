using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static HdndWorkflow.Functions.OpenApi.SchemaEdits;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// What the generator cannot know of the conference API's inputs (and of the workflow events raised on them): their fields are nullable strings (so that a missing
/// or unknown value is a validation error in Vietnamese, with every other error, not an unreadable body), yet the
/// validation requires some, reads dates and times in set patterns, and takes only some values. Those are published
/// here: the required fields (not null in the schema), enums, formats and patterns.
/// </summary>
internal sealed class ConferenceSchemas : IOpenApiSchemaTransformer
{
    // "08:00": hours and minutes, Vietnam time. Not format "time", which is RFC 3339's full-time ("08:00:00+07:00").
    private const string TimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    // "2027-07-05T17:00": local Vietnam time without seconds or offset, so not format "date-time".
    private const string LocalDateTimePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { } properties)
        {
            return Task.CompletedTask;
        }

        if (type == typeof(ConferenceInput))
        {
            Required(schema, "kind", "ordinal", "date", "start", "end", "coChairs", "registrationDeadline");
            Enum(properties, "kind", ConferenceKindNames.All);
            Enum(properties, "scope", System.Enum.GetNames<ConferenceScope>());
            Change(properties, "ordinal", p => p.Minimum = "1");
            Change(properties, "date", p => (p.Format, p.Examples) = ("date", Example("2027-07-08")));
            Time(properties, "start");
            Time(properties, "end");
            Change(properties, "coChairs", p => p.MinItems = 1);
            Change(properties, "registrationDeadline", p => (p.Pattern, p.Examples) = (LocalDateTimePattern, Example("2027-07-05T17:00")));
            Change(properties, "ownTitle", p => p.MaxLength = ConferenceTitle.OwnTitleMaxLength);
            Change(properties, "reminderHours", p => Change(p.Items, i => (i.Minimum, i.Maximum) = ("1", $"{InputLimits.ReminderHours}")));
        }
        else if (type == typeof(RescheduleInput))
        {
            Required(schema, "date", "start", "end", "registrationDeadline");
            Change(properties, "date", p => p.Format = "date");
            Time(properties, "start");
            Time(properties, "end");
            Change(properties, "registrationDeadline", p => p.Pattern = LocalDateTimePattern);
        }
        else if (type == typeof(CoChairInput))
        {
            Required(schema, "name");
        }
        else if (type == typeof(AgendaInput))
        {
            Required(schema, "title");
            Time(properties, "start");
        }
        else if (type == typeof(VenueInput))
        {
            Required(schema, "name");
        }
        else if (type == typeof(InviteeInput))
        {
            Required(schema, "name", "email");
            Change(properties, "email", p => p.Format = "email");
        }
        else if (type == typeof(AnswerInput))
        {
            Required(schema, "response");
            Enum(properties, "response", [AnswerInput.Accept, AnswerInput.Decline, AnswerInput.SendDeputy]);
        }
        else if (type == typeof(DeputyInput))
        {
            Required(schema, "name", "email");
            Change(properties, "email", p => p.Format = "email");
        }
        else if (type == typeof(AddressInput))
        {
            Required(schema, "email");
            Change(properties, "email", p => p.Format = "email");
        }
        else if (type == typeof(Functions.Workflow.WorkflowEvents.EventBody))
        {
            Required(schema, "what");
            Change(properties, "what", p => p.MaxLength = Functions.Workflow.WorkflowEvents.MaxWhatLength);
        }

        return Task.CompletedTask;
    }

    private static void Time(IDictionary<string, IOpenApiSchema> properties, string name) =>
        Change(properties, name, p => (p.Pattern, p.Examples) = (TimePattern, Example("08:00")));
}
