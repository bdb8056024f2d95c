using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>Holds, confirms and releases the meals of an order for the host's checkout and payment.</summary>
public sealed class CantineOrderLines(BookingLines<Booking> lines, CantineSchedule schedule, TimeProvider clock)
    : DayLineHandler<Booking>(lines, schedule, clock)
{
    public override string ModuleId => CantineModule.ModuleId;

    protected override string TakenMeanwhile => "Un de ces repas vient d'être réservé par ailleurs : retirez-le de votre panier.";

    protected override Booking NewLine(OrderHoldLine line) => new();

    protected override string NoLongerBookable(CalendarDay day) => $"Le repas du {day.Date:dd/MM/yyyy} n'est plus réservable : {day.WhyNotBookable()}.";
}
