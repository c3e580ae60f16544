namespace HdndWorkflow.Domain.Councils;

/// <summary>The tier of local government a council belongs to.</summary>
public enum CouncilLevel
{
    /// <summary>Cấp tỉnh: tỉnh, thành phố trực thuộc trung ương.</summary>
    Province,

    /// <summary>Cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh. Abolished on 1 July 2025.</summary>
    District,

    /// <summary>Cấp xã: xã, phường, đặc khu (and thị trấn before 1 July 2025).</summary>
    Commune,
}
