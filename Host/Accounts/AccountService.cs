using Platform.Core.Application;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Core.Email;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Families;
using Platform.Host.Security;

namespace Platform.Host.Accounts;

public sealed record RegisterInput(
    string? Email,
    string? Password,
    Civilite? Civilite,
    string? LastName,
    string? FirstName,
    string? AddressLine,
    string? PostalCode,
    string? City,
    string? Phone,
    string? ConfirmPassword = null);

/// <summary>Sign-up, email confirmation and password reset, for the pages and the API alike.</summary>
public sealed partial class AccountService(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IEmailSender email,
    PublicUrls urls,
    AccountThrottle throttle,
    TimeProvider clock)
{
    public const string SignUpSent = "Un e-mail vient d'être envoyé à cette adresse : ouvrez-le pour continuer.";

    /// <summary>An address that already has an account gets the same answer as a new one; its owner is told by email.</summary>
    public async Task<AppResult<bool>> RegisterAsync(RegisterInput input, CancellationToken cancellationToken)
    {
        var errors = ValidatePersonalDetails(input);
        if (!IsEmail(input.Email))
        {
            errors.Add(nameof(input.Email), "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        }

        var user = new PlatformUser
        {
            Id = Guid.NewGuid(),
            Email = input.Email?.Trim(),
            UserName = input.Email?.Trim(),
            Civilite = input.Civilite ?? Civilite.Madame,
            LastName = input.LastName?.Trim() ?? "",
            FirstName = input.FirstName?.Trim() ?? "",
            AddressLine = input.AddressLine?.Trim() ?? "",
            PostalCode = input.PostalCode?.Trim() ?? "",
            City = input.City?.Trim() ?? "",
            PhoneNumber = NormalisePhone(input.Phone),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (input.ConfirmPassword is not null && input.ConfirmPassword != input.Password)
        {
            errors.Add(nameof(input.ConfirmPassword), "Les deux mots de passe ne sont pas identiques.");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, input.Password);
            if (!result.Succeeded)
            {
                errors.Add(nameof(input.Password), FrenchIdentityErrors.PasswordRule);
                break;
            }
        }

        if (errors.Any)
        {
            return errors;
        }

        if (await users.FindByEmailAsync(user.Email!) is { } owner)
        {
            // Someone who signed up but never confirmed most likely lost the first link.
            await (owner.EmailConfirmed ? SendSignUpAttemptNoticeAsync(owner, cancellationToken) : SendConfirmationAsync(owner, cancellationToken));
            return AppResult<bool>.Ok(true);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return AppResult<bool>.Invalid(nameof(input.Email), created.Errors.First().Description);
        }

        await users.AddToRoleAsync(user, Roles.Parent);
        var family = new Family { Id = Guid.NewGuid(), Name = $"Famille {user.LastName}", CreatedAtUtc = user.CreatedAtUtc };
        db.Families.Add(family);
        db.FamilyAdults.Add(new FamilyAdult { FamilyId = family.Id, UserId = user.Id, JoinedAtUtc = user.CreatedAtUtc });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await SendConfirmationAsync(user, cancellationToken);
        return AppResult<bool>.Ok(true);
    }

    public async Task<AppResult<bool>> ConfirmEmailAsync(Guid userId, string? code)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || string.IsNullOrEmpty(code))
        {
            return AppResult<bool>.Invalid("Code", "Ce lien de confirmation n'est pas valable.");
        }

        var result = await users.ConfirmEmailAsync(user, Decode(code));
        return result.Succeeded
            ? AppResult<bool>.Ok(true)
            : AppResult<bool>.Invalid("Code", "Ce lien de confirmation n'est pas valable ou a expiré.");
    }

    /// <summary>Always answers the same way, so nobody learns which addresses have an account; an address receives a
    /// limited number of emails (<see cref="AccountThrottle.MayEmail"/>), whoever asks.</summary>
    public async Task RequestPasswordResetAsync(string? emailAddress, CancellationToken cancellationToken)
    {
        var user = IsEmail(emailAddress) ? await users.FindByEmailAsync(emailAddress!.Trim()) : null;
        if (user is null || !throttle.MayEmail(user.Email!))
        {
            return;
        }

        if (!user.EmailConfirmed)
        {
            await SendConfirmationEmailAsync(user, cancellationToken);
            return;
        }

        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.For($"/compte/reinitialiser?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await email.SendAsync(
            new EmailMessage(
                user.Email!,
                "Réinitialisation de votre mot de passe",
                $"Bonjour {user.FirstName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n{link}\n\n" +
                "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n"),
            cancellationToken);
    }

    public async Task<AppResult<bool>> ResetPasswordAsync(string? emailAddress, string? code, string? newPassword)
    {
        var user = IsEmail(emailAddress) ? await users.FindByEmailAsync(emailAddress!.Trim()) : null;
        if (user is null || string.IsNullOrEmpty(code))
        {
            return AppResult<bool>.Invalid("Code", "Ce lien n'est plus valable. Demandez-en un nouveau.");
        }

        var result = await users.ResetPasswordAsync(user, Decode(code), newPassword ?? "");
        if (result.Succeeded)
        {
            // Identity renews the security stamp with the password: every session cookie, bearer and refresh token ends.
            return AppResult<bool>.Ok(true);
        }

        var passwordError = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
        return passwordError
            ? AppResult<bool>.Invalid("Password", FrenchIdentityErrors.PasswordRule)
            : AppResult<bool>.Invalid("Code", "Ce lien n'est plus valable. Demandez-en un nouveau.");
    }

    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 256 && MailAddress.TryCreate(value.Trim(), out var parsed)
        && parsed.Address == value.Trim() && parsed.Host.Contains('.');

    private static Errors ValidatePersonalDetails(RegisterInput input)
    {
        var errors = new Errors();
        if (input.Civilite is null)
        {
            errors.Add(nameof(input.Civilite), "Choisissez votre civilité.");
        }

        errors.Require(nameof(input.LastName), input.LastName, "Saisissez votre nom.", 100);
        errors.Require(nameof(input.FirstName), input.FirstName, "Saisissez votre prénom.", 100);
        errors.Require(nameof(input.AddressLine), input.AddressLine, "Saisissez votre adresse (numéro et rue).");
        if (string.IsNullOrWhiteSpace(input.PostalCode) || !PostalCodePattern().IsMatch(input.PostalCode.Trim()))
        {
            errors.Add(nameof(input.PostalCode), "Saisissez un code postal à 5 chiffres.");
        }

        errors.Require(nameof(input.City), input.City, "Saisissez votre commune.", 100);
        if (NormalisePhone(input.Phone) is null)
        {
            errors.Add(nameof(input.Phone), "Saisissez un numéro de téléphone à 10 chiffres, par exemple 06 12 34 56 78.");
        }

        return errors;
    }

    private static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray());
        if (digits.StartsWith("+33", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return PhonePattern().IsMatch(digits) ? digits : null;
    }

    private async Task SendConfirmationAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        if (throttle.MayEmail(user.Email!))
        {
            await SendConfirmationEmailAsync(user, cancellationToken);
        }
    }

    private async Task SendSignUpAttemptNoticeAsync(PlatformUser owner, CancellationToken cancellationToken)
    {
        if (!throttle.MayEmail(owner.Email!))
        {
            return;
        }

        await email.SendAsync(
            new EmailMessage(
                owner.Email!,
                "Tentative de création de compte avec votre adresse",
                $"Bonjour {owner.FirstName},\n\nQuelqu'un a tenté de créer un compte avec votre adresse e-mail, qui a déjà un compte sur le portail famille.\n\n" +
                $"Si c'était vous, connectez-vous : {urls.For("/compte/connexion")}\n" +
                $"Mot de passe oublié ? Choisissez-en un nouveau : {urls.For("/compte/mot-de-passe-oublie")}\n\n" +
                "Si ce n'était pas vous, ignorez ce message : votre compte reste inchangé.\n"),
            cancellationToken);
    }

    private async Task SendConfirmationEmailAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.For($"/compte/confirmation?userId={user.Id}&code={code}");
        await email.SendAsync(
            new EmailMessage(
                user.Email!,
                "Confirmez votre adresse e-mail",
                $"Bonjour {user.FirstName},\n\nVotre compte usager est presque prêt. Confirmez votre adresse en ouvrant ce lien :\n{link}\n"),
            cancellationToken);
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex("^0[1-9][0-9]{8}$")]
    private static partial Regex PhonePattern();
}
