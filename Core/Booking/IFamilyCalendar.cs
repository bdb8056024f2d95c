using Platform.Core.Application;

namespace Platform.Core.Booking;

public enum OfferState
{
    /// <summary>Can be booked now.</summary>
    Free,

    /// <summary>Past the booking deadline, still bookable at a surcharge (already in <see cref="CalendarOffer.UnitCents"/>).</summary>
    Late,
    InCart,

    /// <summary>Held by an order awaiting payment.</summary>
    AwaitingPayment,
    Booked,
    Closed,
    TooLate,

    /// <summary>Registration has not opened yet (<see cref="CalendarOffer.Note"/> says when).</summary>
    NotYetOpen,

    /// <summary>No seat left: the waiting list is offered.</summary>
    Full,

    /// <summary>No seat left and no waiting list (a full stage).</summary>
    SoldOut,

    /// <summary>On the waiting list.</summary>
    Waiting,

    /// <summary>Something the family must give first (<see cref="CalendarOffer.Note"/> says what, e.g. the child's
    /// class). Platform API 1.4.</summary>
    Incomplete,
}

/// <summary>One thing a child can book, or has booked, on a day: a meal, a care slot, a sport session.</summary>
/// <param name="Kind">What it is, short ("Repas", "Garderie du soir", "Judo"), the same for every day so the page can
/// offer "every Monday" of it (the regular presence is keyed by service, child and kind).</param>
/// <param name="Note">What the parent should know, in French: the deadline, the reason it is closed, when it opens.</param>
/// <param name="PostPaid">Billed monthly: not paid at booking.</param>
/// <param name="LineId">The booked line, when there is one (to cancel it).</param>
/// <param name="Refund">For a booked line that can still be cancelled: what cancelling gives back, in cents (0 for a
/// line billed monthly, which leaves the invoice).</param>
public sealed record CalendarOffer(
    Guid ServiceId,
    string ServiceName,
    Guid ChildId,
    DateOnly Date,
    Guid? ItemId,
    string Kind,
    TimeOnly? Start,
    TimeOnly? End,
    OfferState State,
    long? UnitCents,
    string? Note,
    Guid? LineId = null,
    long? Refund = null,
    DateTime? CancellableUntilLocal = null,
    bool PostPaid = false);

/// <summary>What a parent ticked: a child, a day and what to book that day in a service.</summary>
public sealed record OfferChoice(Guid ServiceId, Guid ChildId, DateOnly Date, Guid? ItemId);

/// <param name="InCart">Lines put in the cart, to be paid.</param>
/// <param name="Booked">Booked at once (billed monthly, or free).</param>
/// <param name="Waiting">Put on a waiting list (a full session).</param>
public sealed record ChoicesBooked(int InCart, int Booked, int Waiting = 0);

/// <summary>Implemented by each booking module so the host shows one calendar for every service: what the family's
/// children can book or have booked, booking what the parent ticks, and cancelling a booked line. Platform API 1.3.</summary>
public interface IFamilyCalendar
{
    string ModuleId { get; }

    /// <summary>The offers of the module's services the family has a validated access to, day by day.</summary>
    Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Books the chosen offers of this module, all or none.</summary>
    Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, IReadOnlyList<OfferChoice> choices, CancellationToken cancellationToken);

    /// <summary>Cancels a booked line before its deadline; the amount given back.</summary>
    Task<AppResult<long>> CancelAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken);
}

/// <summary>How every module shows a booked line in the calendar, so the three read alike.</summary>
public static class BookedOffers
{
    /// <param name="offer">The offer of that child, day and item, as it would be if nothing were booked.</param>
    /// <param name="cancellableUntilLocal">Until when the line can be cancelled (Paris time); null when it no longer can.</param>
    /// <param name="stillDue">The French note for a line past its cancellation deadline ("ce repas reste dû").</param>
    public static CalendarOffer For(CalendarOffer offer, BookingLine line, Guid familyId, DateTime? cancellableUntilLocal, string stillDue)
    {
        if (line.FamilyId != familyId)
        {
            return offer with { State = OfferState.Booked, UnitCents = null, Note = "réservé par l'autre foyer de l'enfant" };
        }

        var confirmed = line.State == BookingState.Confirmed;
        var cancellable = confirmed && cancellableUntilLocal is not null;
        return offer with
        {
            State = confirmed ? OfferState.Booked : OfferState.AwaitingPayment,
            UnitCents = line.UnitCents,
            Note = !confirmed ? "commande en attente de paiement" : cancellable ? null : $"délai d'annulation passé : {stillDue}",
            LineId = line.Id,
            Refund = cancellable ? (line.PostPaid ? 0 : line.UnitCents) : null,
            CancellableUntilLocal = cancellable ? cancellableUntilLocal : null,
            PostPaid = line.PostPaid,
        };
    }
}
