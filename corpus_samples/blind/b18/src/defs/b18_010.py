# b18-010: commercial. Styles (4) Allscripts (TouchWorks) office/infusion note with inline vitals, med list
# with sigs and bulleted A/P + (6) telephone encounters with the payer and the patient.
# Aralast NP 4,680 mg from 5 x 1 g vials, 320 mg wasted, J0256 x 468 without JW (commercial: met).
# GAPS: prior_authorization missing (auth still pending: only reference/case numbers); fev1_range conflict
# (FEV1 84 % and 86 % predicted, above the 25-80 % range).

D1 = """Allscripts TouchWorks EHR - Office Visit
Cascade Lung & Allergy, 2200 Harbor Blvd Ste 310
Patient: FONTAINE, MICHELLE R     DOB: 06/11/1978 (47 y)    MRN: 1044-8820
Visit: 02/24/2026 12:50 PM   Provider: Javier Ibarra, MD   Visit type: Infusion + F/U
Insurance: Cascadia Choice Health PPO (commercial)

Chief Complaint: 3rd weekly alpha-1 augmentation infusion; insurance status.

HPI: 47 y/o woman with alpha-1 antitrypsin deficiency, genotype PI*Z/Mmalton
(ARUP SERPINA1 sequencing 09/2025: Z c.1096G>A and Mmalton c.226_228del),
serum AAT 38 mg/dL (nephelometry, 08/2025). Mild basal emphysema on CT but
preserved spirometry: FEV1 84% predicted pre-BD, 86% post-BD (11/2025), down
from 2.94 L in 2022 to 2.52 L - decline ~140 mL/yr despite quitting smoking
in 2012. Augmentation started 02/10/2026 on my recommendation for the rapid
decline; auth still pending with her plan (see phone notes). Tolerating
the infusions well so far - no headache, fever or rash after doses 1 and 2;
feels her exertional dyspnea is "maybe a little better". Works as a dental
hygienist; walks 3-4 miles on weekends.

Medications (sigs):
 - Aralast NP 1 g vial: 60 mg/kg IV once weekly (4,680 mg at 78 kg)
 - Stiolto Respimat 2.5-2.5 mcg: 2 inhalations once daily
 - Albuterol HFA 90 mcg: 2 puffs q4-6h PRN
 - Sertraline 100 mg: 1 tab PO daily
 - Levonorgestrel IUD (placed 2022)

Allergies: codeine (nausea)

Vitals: BP 118/70 | HR 66 | RR 14 | Temp 98.2 F | Wt 172 lb | Ht 5' 9" |
BMI 25.4 | SpO2 97% RA  (taken 12:58 PM)

Exam: lungs clear, mildly decreased at bases; no clubbing; no hepatomegaly.

Infusion (RN: Holly Tran, RN):
 Aralast NP (alpha1-PI, human) 4,680 mg IV in 234 mL - given.
 Vials: 5 x 1 g (1,000 mg) single-use, lot LA25M118, exp 2027-02-28.
 Started 1:20 PM, ended 1:58 PM; max rate 0.08 mL/kg/min (6.2 mL/min).
 Waste: 320 mg (unused portion of 5th vial) discarded per policy.
 Post-infusion VS 2:05 PM: BP 114/68, HR 70. Discharged 2:15 PM.

Assessment / Plan:
 - Alpha-1 antitrypsin deficiency (E88.01), PI*Z/Mmalton
   - continue weekly augmentation while appeal/auth is pending; she signed
     the financial-responsibility form 02/10
 - Emphysema, mild (J43.9), with rapid FEV1 decline
   - repeat spirometry 05/2026; if FEV1 remains > 80% payer may deny
 - Former tobacco use (quit 2012) - no relapse
 - Family: mother died of cirrhosis at 58 (not tested); son (19) PI*MM
 - Peer-to-peer with Cascadia medical director scheduled 02/26/2026
 - RTC 1 week (03/03/2026 1:00 PM infusion)

Electronically signed: Javier Ibarra, MD 02/24/2026 04:47 PM
"""

D2 = """PHONE NOTES - FONTAINE, MICHELLE R (MRN 1044-8820)

[02/05/2026 10:22 AM] Outgoing call - Sonia Reyes (prior auth coordinator)
 Called Cascadia Choice Health UM, spoke with "Brent". Request for Aralast
 NP (J0256, 470 units/wk) received 02/02; status PENDING CLINICAL REVIEW.
 Reference # 0205-77318. They want PFTs and documentation of the FEV1
 decline. Faxed 11/2025 PFT + 2022/2024 spirometry at 10:40 AM.

[02/09/2026 03:15 PM] Outgoing call - Sonia Reyes
 Cascadia: still pending; case # CCH-UM-55120 (different from the call
 reference). No authorization number issued. Policy requires FEV1 25-80%
 predicted - reviewer flagged her 84%. Dr. Ibarra informed; he wants to
 start 02/10 and request peer-to-peer.

[02/09/2026 03:40 PM] Outgoing call to patient - Holly Tran, RN
 Explained auth is pending and may be denied. Patient wishes to start
 tomorrow; will sign financial responsibility form. First dose 02/10
 (4,700 mg, wt 78.4 kg). Understands.

[02/24/2026 11:05 AM] Outgoing call - Sonia Reyes
 Cascadia UM: case CCH-UM-55120 remains PENDING; peer-to-peer 02/26 at
 4:30 PM with Dr. Halvorsen-Kim. No auth # yet. Infusion today proceeds
 per Dr. Ibarra under the signed waiver.

[02/26/2026 05:02 PM] Javier Ibarra, MD
 Peer-to-peer done. Reviewer will "take the decline data under advisement";
 decision within 3 business days. Hypothetically if denied we appeal and
 consider manufacturer assistance program.
"""

CHART = {
    "chart_id": "b18-010",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "commercial", "name": "Cascadia Choice Health PPO"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 468, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-24", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-26", "text": D2},
    ],
}
PROFILE = "commercial"

FINDINGS = [
    ({"kind": "aatd_diagnosis"}, "d1", "Alpha-1 antitrypsin deficiency (E88.01), PI*Z/Mmalton"),
    ({"kind": "genotype", "alleles": ["Z", "MMALTON"]}, "d1", "genotype PI*Z/Mmalton"),
    ({"kind": "serum_aat", "value": 38, "unit": "mg/dL"}, "d1", "serum AAT 38 mg/dL (nephelometry, 08/2025)"),
    ({"kind": "lung_disease", "value": "emphysema"}, "d1", "Emphysema, mild (J43.9)"),
    ({"kind": "fev1", "value": 84}, "d1", "FEV1 84% predicted pre-BD"),
    ({"kind": "fev1", "value": 86}, "d1", "86% post-BD (11/2025)"),
    ({"kind": "smoking_status", "value": "former"}, "d1", "Former tobacco use (quit 2012)"),
    ({"kind": "weight", "value": 172, "unit": "lb", "value_kg": 78.0}, "d1", "Wt 172 lb"),
    ({"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4}, "d2", "wt 78.4 kg"),
    ({"kind": "drug_product", "value": "Aralast NP"}, "d1", "Aralast NP (alpha1-PI, human) 4,680 mg IV in 234 mL - given."),
    ({"kind": "dose", "value": 4680}, "d1", "Aralast NP (alpha1-PI, human) 4,680 mg IV in 234 mL - given."),
    ({"kind": "wastage", "value": 320}, "d1", "Waste: 320 mg (unused portion of 5th vial)"),
    ({"kind": "lot_number", "value": "LA25M118"}, "d1", "lot LA25M118, exp 2027-02-28"),
    ({"kind": "expiration_date", "value": "2027-02-28"}, "d1", "lot LA25M118, exp 2027-02-28"),
    ({"kind": "infusion_start", "value": "13:20"}, "d1", "Started 1:20 PM"),
    ({"kind": "infusion_end", "value": "13:58"}, "d1", "ended 1:58 PM"),
    ({"kind": "response_to_therapy"}, "d1", "Tolerating\nthe infusions well so far"),
]

DECOYS = [
    ("d2", "Reference # 0205-77318"),
    ("d2", "case # CCH-UM-55120"),
    ("d2", "(4,700 mg, wt 78.4 kg)"),
    ("d2", "Policy requires FEV1 25-80%"),
    ("d1", "(4,680 mg at 78 kg)"),
    ("d1", "Post-infusion VS 2:05 PM"),
    ("d1", "son (19) PI*MM"),
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "conflict",
}
EXPECT_GAPS = ["prior_authorization", "fev1_range"]

NOTES = ("GAPS: prior_authorization missing (no chart PA; only a call reference # 0205-77318 and case # "
         "CCH-UM-55120, 'no auth # yet'); fev1_range conflict (FEV1 84 % pre-BD and 86 % post-BD, both above "
         "80 %). Aralast NP 4,680 mg at 172 lb = 78.0 kg (target 4,680 mg, 0.0 %), J0256 x 468 with no "
         "modifier; 320 mg waste documented and not billed (commercial: met). PI*Z/Mmalton -> [Z, MMALTON] "
         "deficient. Traps: first dose 02/10 4,700 mg at 78.4 kg in the phone notes; '60 mg/kg ... (4,680 mg "
         "at 78 kg)' sig; 470 units/wk requested; vitals 12:58 PM, post VS 2:05 PM, discharge 2:15 PM; "
         "mother's cirrhosis, son PI*MM; FEV1 litres 2.94/2.52; policy 'FEV1 25-80%'; hypothetical appeal.")

ARITH = {
    "dos": "2026-02-24",
    "product": "Aralast NP",
    "weights": [
        {"value_kg": 78.0, "date": "2026-02-24"},
        {"value_kg": 78.4, "date": "2026-02-10"},
    ],
    "weight_kg": 78.0,
    "dose_mg": 4680,
    "target_mg": 4680.0,
    "pct_diff": 0.0,
    "within_10pct": True,
    "lines": [
        {"hcpcs": "J0256", "modifiers": [], "billed_units": 468, "bu_mg": 10.0, "expected_units": 468},
    ],
    "waste_mg": 320,
    "jw_units_expected": 32,
    "lots": [
        {"lot": "LA25M118", "exp": "2027-02-28", "exp_compare": "2027-02-28", "expired": False},
    ],
}
