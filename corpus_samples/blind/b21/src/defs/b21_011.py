"""b21-011: commercial, Prolastin-C (lyophilized) J0256, no modifier, 520 mg waste documented (not billed).
Styles (2) PDF two-column flowsheet print + (4) pharmacist verification with dose-range override. Complete."""

CHART_ID = "b21-011"
DOS = "2026-02-05"
PAYER = {"profile": "commercial", "name": "Unity Health Choice Plus (commercial)"}
PRIOR_AUTH = "2026-0128-7741"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 448, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [2, 4]

D1 = """
CEDAR RIDGE MEDICAL CENTER                    INFUSION THERAPY FLOWSHEET           02/05/2026
Pt: LINDQVIST, Ingrid A    MRN 5507213    DOB 12/01/1968   Age 57   F     Rm INF-7   Page 1 of 3
----------------------------------------------------------------------------------------------------
PRE-INFUSION                                   MEDICATION
Check-in ............... 12:58                 Prolastin-C (alpha1-PI, human) lyophilized
Consent on file ........ yes (01/2026)           1,000 mg/vial, recon w/ 20 mL SWFI
Allergies .............. latex (rash)          Order: 60 mg/kg IV weekly
Weight ................. 74.6 kg               Verified dose (RPh): 4,480 mg
Height ................. 170 cm                Vials used: 5 (lot 2A41K07, exp 09/2026)
Temp ................... 36.9 C                Diluent SWFI lot 25S118, exp 04/2027
BP / HR ................ 118/72 / 70           Reconstituted 13:20 (all 5 vials)
RR / SpO2 .............. 16 / 96 % RA          Rate: 5 mL/min (max 0.08 mL/kg/min)
Lung sounds ............ diminished bases      Route: PIV L forearm 22g, placed 13:12
Premeds ................ none                  Infusion start .... 13:31
----------------------------------------------------------------------------------------------------
Cedar Ridge Medical Center - Infusion Services      Printed 02/05/2026 18:12 by HIM   Page 1 of 3
====================================================================================================
Pt: LINDQVIST, Ingrid A    MRN 5507213    DOB 12/01/1968   Age 57   F     Rm INF-7   Page 2 of 3
----------------------------------------------------------------------------------------------------
INTRA-INFUSION                                 MEDICATION (continued)
13:46  BP 116/70  HR 72  SpO2 96 %             Infusion end ...... 14:03
       no flushing, no urticaria               Amount infused .... 4,480 mg (89.6 mL)
14:05  BP 114/70  HR 70  SpO2 97 %             Wasted ............ 520 mg (10.4 mL, vial 5,
                                                                   single-dose, discarded)
POST-INFUSION                                  Witness ........... D. Amadi RN
PIV removed 14:20, catheter intact             Given by .......... S. Pruszynski RN
Discharged 14:24 ambulatory, alone
Education: late reaction s/s reviewed          NEXT DOSE 02/12/2026 13:00
----------------------------------------------------------------------------------------------------
Cedar Ridge Medical Center - Infusion Services      Printed 02/05/2026 18:12 by HIM   Page 2 of 3
====================================================================================================
Pt: LINDQVIST, Ingrid A    MRN 5507213    DOB 12/01/1968   Age 57   F     Rm INF-7   Page 3 of 3
----------------------------------------------------------------------------------------------------
NURSE COMMENT
Pt reports she feels the weekly infusions are "worth it" - no flare since starting, back to
swimming 2x/week. Tolerated today without issue.                        S. Pruszynski RN
"""

D2 = """
PHARMACIST VERIFICATION NOTE                       Cedar Ridge Infusion Pharmacy
02/05/2026 13:05    Pt LINDQVIST, Ingrid A   MRN 5507213
Drug: alpha1-proteinase inhibitor (human) - PROLASTIN-C 1,000 mg vials
Indication: AATD (E88.01) with emphysema (J43.1)
Weights on file: 74.6 kg (today, 12:58 check-in)   |   77.9 kg (09/18/2025)
   -> WEIGHT CHANGE ALERT fired (-4.2 % vs weight used at last order revision 09/18/2025);
      order now uses today's weight.

                       mg/kg     weight     dose
Calculated             60        74.6 kg    4,476 mg
Verified (rounded)     60.1      74.6 kg    4,480 mg   (rounded to nearest 10 mg)
Administered           --        --         see MAR / flowsheet

DOSE RANGE ALERT: 4,480 mg exceeds the formulary default maximum single dose (4,000 mg).
   Override reason: "Weight-based dose per FDA label, 60 mg/kg; verified."
DUPLICATE ORDER ALERT: second order (alpha1-PI 4,500 mg, entered 02/04 by resident) -
   discontinued by RPh, duplicate.
Dispense 5 x 1,000 mg vials; expected waste ~520 mg (partial vial). Plan does not
reimburse waste - do not bill JW (per revenue cycle memo 2024-11).
IgA 241 mg/dL (2023), no IgA deficiency. Interactions: none.
Tanvir Chowdhury, PharmD, BCPS
"""

D3 = """
PULMONARY CLINIC NOTE                 Cedar Ridge Pulmonary       01/15/2026
Ingrid A. Lindqvist, 57F              Provider: Owen Mercer, MD

Problem: alpha-1 antitrypsin deficiency with panlobular emphysema, on Prolastin-C
weekly since 03/2023.

Genetics: SERPINA1 targeted genotyping (LabCorp 2022): homozygous c.1096G>A
(p.Glu366Lys) - PI*ZZ. Serum AAT 5.8 umol/L pre-treatment (reference 20-48 umol/L).
Never smoker. Occupational: retired florist.
Spirometry 01/15/2026: pre-BD FEV1 1.02 L (36 % pred); post-BD FEV1 1.10 L (39 % pred).
CT 2022: panlobular emphysema, lower lobes.

Response: no exacerbations since starting augmentation (3 in the year before), back to
swimming; post-BD FEV1 39 % today vs 41 % in 2023 - slow decline. Good response overall.

Plan: continue Prolastin-C 60 mg/kg weekly. PA renewed: #2026-0128-7741 (Unity Health,
valid to 01/27/2027). Son (24) - PI*MZ, level 104 mg/dL, no treatment needed.
Pulm rehab maintenence. RTC 6 months.                        O. Mercer, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-05", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-05", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-15", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency with panlobular emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "homozygous c.1096G>A\n(p.Glu366Lys) - PI*ZZ"},
    {"kind": "serum_aat", "value": 5.8, "unit": "uM", "_doc": "d3", "_ev": "Serum AAT 5.8 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, lower lobes"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoker"},
    {"kind": "fev1", "value": 36, "_doc": "d3", "_ev": "pre-BD FEV1 1.02 L (36 % pred)"},
    {"kind": "fev1", "value": 39, "_doc": "d3", "_ev": "post-BD FEV1 1.10 L (39 % pred)"},
    {"kind": "fev1", "value": 41, "_doc": "d3", "_ev": "41 % in 2023"},
    {"kind": "prior_authorization", "value": "2026-0128-7741", "_doc": "d3", "_ev": "PA renewed: #2026-0128-7741"},
    {"kind": "weight", "value": 74.6, "unit": "kg", "value_kg": 74.6, "_doc": "d1", "_ev": "Weight ................. 74.6 kg", "_date": "2026-02-05"},
    {"kind": "weight", "value": 77.9, "unit": "kg", "value_kg": 77.9, "_doc": "d2", "_ev": "77.9 kg (09/18/2025)", "_date": "2025-09-18"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d1", "_ev": "Prolastin-C (alpha1-PI, human) lyophilized", "_dos": True},
    {"kind": "dose", "value": 4480, "_doc": "d1", "_ev": "Amount infused .... 4,480 mg"},
    {"kind": "wastage", "value": 520, "_doc": "d1", "_ev": "Wasted ............ 520 mg"},
    {"kind": "lot_number", "value": "2A41K07", "_doc": "d1", "_ev": "lot 2A41K07, exp 09/2026"},
    {"kind": "expiration_date", "value": "2026-09", "_doc": "d1", "_ev": "exp 09/2026"},
    {"kind": "infusion_start", "value": "13:31", "_doc": "d1", "_ev": "Infusion start .... 13:31"},
    {"kind": "infusion_end", "value": "14:03", "_doc": "d1", "_ev": "Infusion end ...... 14:03"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Good response overall"},
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "weight_kg": 74.6, "weight_date": "2026-02-05", "dose_mg": 4480,
    "target_mg": 4476.0, "low_mg": 4028.4, "high_mg": 4923.6, "pct_diff": 0.09, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 448, "units_billed": 448,
    "waste_mg": 520, "jw_units_expected": 52, "jw_units_billed": None, "modifier": None,
    "expirations": ["2026-09"], "expiration_ok": True,
    "wastage_note": "commercial: waste documented, no JW line, no JZ -> met",
}

NOTES = """
PDF-to-text flowsheet print: PRE-INFUSION and MEDICATION columns on the same lines, running
footer + repeated banner ("Page 2 of 3") splitting the medication column between "Infusion
start" (page 1) and "Infusion end"/"Wasted" (page 2); pharmacist verification with a weight-change
alert (77.9 kg, 09/2025), a dose-range override and a discontinued duplicate order; pulmonology note.
Complete: commercial claim J0256 x 448 with no modifier and 520 mg waste documented (not billed
because the plan does not reimburse waste).
Traps: calculated 4,476 mg and verified 4,480 (same value); duplicate order 4,500 mg; formulary max
4,000 mg; 1,000 mg/vial; diluent SWFI lot 25S118 exp 04/2027 (not the product lot); reconstitution
13:20, PIV 13:12, check-in 12:58, vitals 13:46/14:05, PIV out 14:20, discharge 14:24, pharmacist
13:05, print 18:12; next dose 02/12 13:00; "expected waste ~520 mg" (plan; same value);
reference 20-48 umol/L; son PI*MZ 104 mg/dL; IgA 241; FEV1 36/39/41 % all within 25-80.
"""
