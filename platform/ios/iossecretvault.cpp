// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: built only for iOS (platform/CMakeLists.txt).
#include "iossecretvault.h"
#include "platformsecretvault.h"

#include <QCoreApplication>
#include <QDir>

#include <CoreFoundation/CoreFoundation.h>
#include <Security/Security.h>

namespace kring {
namespace {

// Fixed, not the app id: a key kept under this name must stay findable if the id ever changes.
constexpr char service[] = "org.kringapp.kring.database-key";

template<typename T> struct CfReleaser {
    T ref;
    ~CfReleaser()
    {
        if (ref)
            CFRelease(ref);
    }
};

CFStringRef cfString(const QByteArray &utf8)
{
    return CFStringCreateWithBytes(nullptr, reinterpret_cast<const UInt8 *>(utf8.constData()),
                                   CFIndex(utf8.size()), kCFStringEncodingUTF8, false);
}

// The attributes that name Kring's item: generic password, Kring's service, one account per data folder.
CFMutableDictionaryRef itemQuery(const QByteArray &account)
{
    CFMutableDictionaryRef query = CFDictionaryCreateMutable(nullptr, 0, &kCFTypeDictionaryKeyCallBacks,
                                                             &kCFTypeDictionaryValueCallBacks);
    CfReleaser<CFStringRef> serviceName{cfString(QByteArray(service))};
    CfReleaser<CFStringRef> accountName{cfString(account)};
    CFDictionarySetValue(query, kSecClass, kSecClassGenericPassword);
    CFDictionarySetValue(query, kSecAttrService, serviceName.ref);
    CFDictionarySetValue(query, kSecAttrAccount, accountName.ref);
    return query;
}

Error keychainError(OSStatus status)
{
    return Error{QCoreApplication::translate("IosSecretVault",
                                             "The keychain did not give Kring its key (error %1). Unlock the "
                                             "phone and try again; nothing was changed.")
                     .arg(int(status))};
}

} // namespace

IosSecretVault::IosSecretVault(const QString &dataDir)
    : m_account(QDir(dataDir).absolutePath().toUtf8())
{}

Result<std::optional<QByteArray>> IosSecretVault::load()
{
    CfReleaser<CFMutableDictionaryRef> query{itemQuery(m_account)};
    CFDictionarySetValue(query.ref, kSecReturnData, kCFBooleanTrue);
    CFDictionarySetValue(query.ref, kSecMatchLimit, kSecMatchLimitOne);
    CFTypeRef found = nullptr;
    const OSStatus status = SecItemCopyMatching(query.ref, &found);
    if (status == errSecItemNotFound)
        return std::optional<QByteArray>();
    if (status != errSecSuccess)
        return keychainError(status);
    CfReleaser<CFDataRef> data{static_cast<CFDataRef>(found)};
    return std::optional<QByteArray>(QByteArray(reinterpret_cast<const char *>(CFDataGetBytePtr(data.ref)),
                                                qsizetype(CFDataGetLength(data.ref))));
}

Status IosSecretVault::store(const QByteArray &secret)
{
    CfReleaser<CFDataRef> data{
        CFDataCreate(nullptr, reinterpret_cast<const UInt8 *>(secret.constData()), CFIndex(secret.size()))};
    CfReleaser<CFMutableDictionaryRef> query{itemQuery(m_account)};
    CfReleaser<CFMutableDictionaryRef> update{CFDictionaryCreateMutable(
        nullptr, 0, &kCFTypeDictionaryKeyCallBacks, &kCFTypeDictionaryValueCallBacks)};
    CFDictionarySetValue(update.ref, kSecValueData, data.ref);
    CFDictionarySetValue(update.ref, kSecAttrAccessible, kSecAttrAccessibleWhenUnlockedThisDeviceOnly);
    OSStatus status = SecItemUpdate(query.ref, update.ref);
    if (status == errSecItemNotFound) {
        CFDictionarySetValue(query.ref, kSecValueData, data.ref);
        CFDictionarySetValue(query.ref, kSecAttrAccessible, kSecAttrAccessibleWhenUnlockedThisDeviceOnly);
        status = SecItemAdd(query.ref, nullptr);
    }
    if (status != errSecSuccess)
        return keychainError(status);
    return Done{};
}

Status IosSecretVault::remove()
{
    CfReleaser<CFMutableDictionaryRef> query{itemQuery(m_account)};
    const OSStatus status = SecItemDelete(query.ref);
    if (status != errSecSuccess && status != errSecItemNotFound)
        return keychainError(status);
    return Done{};
}

std::unique_ptr<SecretVault> Platform::secretVault(const QString &dataDir)
{
    return std::make_unique<IosSecretVault>(dataDir);
}

} // namespace kring
