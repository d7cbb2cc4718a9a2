// SPDX-License-Identifier: GPL-3.0-or-later
package org.example.kring;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyInfo;
import android.security.keystore.KeyProperties;

import java.nio.ByteBuffer;
import java.security.KeyStore;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;

// Wraps Kring's database key with an AES-256-GCM key that lives in the Android Keystore and never leaves it.
// Called from platform/android/androidsecretvault.cpp through JNI; every method returns null on failure.
public final class KeyVault {
    private static final String KEYSTORE = "AndroidKeyStore";
    private static final String ALIAS = "kring-database-key-wrapper";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private KeyVault() {}

    private static SecretKey wrappingKey() throws Exception {
        KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
        keyStore.load(null);
        KeyStore.Entry entry = keyStore.getEntry(ALIAS, null);
        if (entry instanceof KeyStore.SecretKeyEntry)
            return ((KeyStore.SecretKeyEntry) entry).getSecretKey();
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE);
        generator.init(new KeyGenParameterSpec.Builder(ALIAS,
                KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build());
        return generator.generateKey();
    }

    // iv | ciphertext with tag
    public static byte[] wrap(byte[] secret) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey());
            byte[] iv = cipher.getIV();
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (Exception e) {
            return null;
        }
    }

    public static byte[] unwrap(byte[] wrapped) {
        try {
            if (wrapped.length <= IV_BYTES)
                return null;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, wrappingKey(), new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            return cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("deprecation")
    public static boolean isHardwareBacked() {
        try {
            SecretKey key = wrappingKey();
            SecretKeyFactory factory = SecretKeyFactory.getInstance(key.getAlgorithm(), KEYSTORE);
            KeyInfo info = (KeyInfo) factory.getKeySpec(key, KeyInfo.class);
            return info.isInsideSecureHardware();
        } catch (Exception e) {
            return false;
        }
    }
}
