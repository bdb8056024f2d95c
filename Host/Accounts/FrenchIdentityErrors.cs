using Platform.Core.Application;
using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Accounts;

/// <summary>Identity's messages, as a parent reads them.</summary>
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public const string PasswordRule =
        "Le mot de passe doit contenir au moins 13 caractères, dont des lettres, des chiffres et des symboles.";

    public override IdentityError PasswordTooShort(int length) => Password(nameof(PasswordTooShort));

    public override IdentityError PasswordRequiresDigit() => Password(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Password(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresLower() => Password(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Password(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Password(nameof(PasswordRequiresUniqueChars));

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez « Mot de passe oublié »." };

    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." };

    public override IdentityError InvalidUserName(string? userName) => InvalidEmail(userName);

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Ce lien n'est plus valable. Demandez-en un nouveau." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Mot de passe incorrect." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Une erreur est survenue. Réessayez." };

    private static IdentityError Password(string code) => new() { Code = code, Description = PasswordRule };
}

/// <summary>Identity can require digits and symbols but not "a letter, either case": this adds it.</summary>
public sealed class RequireLetterPasswordValidator : IPasswordValidator<PlatformUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PlatformUser> manager, PlatformUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordRequiresLetter", Description = FrenchIdentityErrors.PasswordRule }));
}
