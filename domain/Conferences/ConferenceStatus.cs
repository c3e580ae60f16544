namespace HdndWorkflow.Domain.Conferences;

/// <summary>Where a conference is in its life.</summary>
public enum ConferenceStatus
{
    /// <summary>Being prepared; no invitation sent.</summary>
    Draft,

    /// <summary>Invitations sent; answers accepted until the registration deadline.</summary>
    Inviting,

    /// <summary>Registration closed (deadline passed or closed by the organizer).</summary>
    RegistrationClosed,

    /// <summary>The conference took place.</summary>
    Held,

    /// <summary>Cancelled.</summary>
    Cancelled,
}

/// <summary>Vietnamese names of the statuses, for status views.</summary>
public static class ConferenceStatuses
{
    extension(ConferenceStatus status)
    {
        public string DisplayName => status switch
        {
            ConferenceStatus.Draft => "Bản nháp",
            ConferenceStatus.Inviting => "Đang mời",
            ConferenceStatus.RegistrationClosed => "Đã đóng đăng ký",
            ConferenceStatus.Held => "Đã tổ chức",
            ConferenceStatus.Cancelled => "Đã hủy",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown conference status."),
        };
    }
}
