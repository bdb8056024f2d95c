using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Data;

/// <summary>How a cantine service sells its meals; a service without a row sells them at booking.</summary>
public sealed class MealBilling
{
    public Guid ServiceId { get; set; }

    public BillingMode Mode { get; set; }
}
