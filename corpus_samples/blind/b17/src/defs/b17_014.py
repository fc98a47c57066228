# b17-014: medicare, complete after correction. Epic pulmonology progress note with a block copied forward from
# 12/09/2025 (old infusion summary and weight), Epic MAR whose lot/expiration was keyed from the wrong carton, and
# an RN addendum marking that lot entered in error and giving the correct lot and expiration.

D1 = """Granite Valley Pulmonary & Critical Care
PROGRESS NOTES
Noor Al-Haddad, MD     Pulmonology     01/13/2026 12:22 PM
Patient: Lindahl-Okeke, Beatrix A    MRN 2290475    DOB 12/01/1956 (69 y.o. F)
Encounter: 01/13/2026 Office Visit (with same-day infusion)

Subjective
Beatrix is a 69 y.o. female with alpha-1 antitrypsin deficiency (PI*ZZ) and emphysema on weekly Zemaira,
here for her quarterly visit. Since the holidays she has felt "the same, which is good." No exacerbation since
05/2025. No ED visits. Walking 30 minutes 4-5 days a week at the rec center. No infusion reactions. She had a
dental extraction 12/30 with amoxicillin 2 g prophylaxis, no problems.

Previous visit summary (12/09/2025) - carried forward:
  Wt 70.9 kg. Infusion that day: Zemaira 4,160 mg (4 x 1 g vials, actual 1,040 mg), lot P100487702,
  exp 03/31/2027, started 10:02, stopped 10:19, no waste. Plan was continue 60 mg/kg weekly.
  Spirometry 12/09/2025: FEV1 1.14 L, 52% predicted; FEV1/FVC 0.49.

Interval / today: weight 70.3 kg on the infusion scale this morning. Lungs no worse. Sleep fine.
Never smoked; her first husband smoked indoors for 20 years.

Review of Systems: negative except dyspnea on hills and occasional morning cough.

Objective
BP 124/74 | Pulse 70 | Resp 16 | SpO2 95% | Wt 70.3 kg (154 lb 15.8 oz)
Lungs: mildly decreased breath sounds at bases. Heart RRR. No edema.

Data
Alpha-1 antitrypsin 5.8 umol/L (ref 20-53 umol/L), 04/2017 at diagnosis; genotype PI*ZZ (Invitae 2017).
CT chest 2023: panlobular emphysema, basilar. Spirometry 12/09/2025 as above; 12/2024 FEV1 53% predicted.

Assessment and Plan
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) - doing well on augmentation: no exacerbations for 8 months,
   stable FEV1 (52-53% predicted over a year), good exercise tolerance, no reactions. Continue Zemaira 60 mg/kg
   IV weekly; today 70.3 kg x 60 = 4,218 mg, pharmacy rounds to four 1 g vials by actual potency.
2. Emphysema, panlobular (J43.1). Continue Stiolto 2 puffs daily, albuterol PRN.
3. Zoster vaccine series: second Shingrix dose due 02/2026.
Return 3 months.

Noor Al-Haddad, MD  01/13/2026 12:40 PM
"""

D2 = """Granite Valley Health                                   MAR - ADMINISTRATION HISTORY
Dept: GVP INFUSION    Report run: 01/13/2026 13:05
LINDAHL-OKEKE, BEATRIX A    MRN 2290475    DOB 12/01/1956    F    Dosing Wt: 70.3 kg (01/13/26 0938)
Allergies: Iodinated contrast (hives)
Range: 01/06/2026 - 01/13/2026

[Scheduled] alpha-1-proteinase inhibitor (human) (ZEMAIRA) IV, 60 mg/kg, every 7 days
            Whole vials by actual potency.  Order #604412877  Al-Haddad, Noor MD
 Date/Time      Action         Dose / Rate             Details                                  User
 01/06/26 1008  New Bag        4,160 mg ; 5.7 mL/min   R FA 22G; Lot P100487702 Exp 03/31/2027    VANCE, ROSA, RN
 01/06/26 1026  Stopped        --                      No waste                                  VANCE, ROSA, RN
 01/13/26 0946  Verified       4,184 mg                4 x 1,000 mg vials, actual 1,046 mg each   PATEL, DEV, RPH
 01/13/26 1014  New Bag        4,184 mg ; 5.6 mL/min   L FA 22G; Lot 2409A13 Exp 11/30/2025       VANCE, ROSA, RN
 01/13/26 1031  Stopped        --                      All 4 vials infused; waste 0 mg           VANCE, ROSA, RN

[PRN] albuterol (PROVENTIL HFA) 90 mcg/act, 2 puffs inhaled PRN wheeze
 01/13/26 1040  Given          2 puffs                 Mild chest tightness after infusion;      VANCE, ROSA, RN
                                                       resolved 1055. Lot 4710B2 Exp 08/31/2027
[Scheduled] sodium chloride 0.9 % flush 10 mL IV
 01/13/26 1012  Given          10 mL                                                             VANCE, ROSA, RN
 01/13/26 1032  Given          10 mL                                                             VANCE, ROSA, RN

Infusion vitals 01/13/26: 0938 BP 124/74 P 70 SpO2 95% | 1020 BP 120/72 P 72 | 1031 BP 122/70 P 72 SpO2 95% |
  1040 SpO2 93%, albuterol given | 1055 SpO2 95% | 1105 discharged
"""

D3 = """Granite Valley Health - Infusion
NURSING NOTE - ADDENDUM
Rosa Vance, RN     01/14/2026 8:15 AM
Patient: Lindahl-Okeke, Beatrix A    MRN 2290475
Addendum to: Infusion documentation of 01/13/2026

Correction of a documentation error. The lot number and expiration entered on the MAR at 1014 on 01/13/2026 for
the Zemaira administration (Lot 2409A13, Exp 11/30/2025) were entered in error: they were read from an
expired Zemaira carton quarantined in the medication room for return to pharmacy, not from the cartons
dispensed for this patient. Verified this morning against the pharmacy
dispensing log (Rx 881402) and the retained carton label:

  Zemaira 1,000 mg vials x 4, actual potency 1,046 mg per vial, total 4,184 mg
  Correct lot: P100541906
  Correct expiration: 05/31/2027

The dose (4,184 mg), infusion start (1014) and stop (1031), and zero waste documented on 01/13/2026 are
unchanged. The MAR entry has been corrected and the original entry marked "entered in error." Charge nurse
(L. Fontaine, RN) and pharmacy (D. Patel, RPh) notified.

Rosa Vance, RN   01/14/2026 8:22 AM
"""

CHART = {
    "chart_id": "b17-014",
    "date_of_service": "2026-01-13",
    "payer": {"profile": "medicare", "name": "Medicare Part B (NGS J6)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 419, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-13", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-13", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-01-14", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-014",
    "profile": "medicare",
    "requirements": {
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.8, "unit": "uM"},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3},
        {"kind": "weight", "value": 70.9, "unit": "kg", "value_kg": 70.9},
        {"kind": "dose", "value": 4184},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100541906"},
        {"kind": "expiration_date", "value": "2027-05-31"},
        {"kind": "infusion_start", "value": "10:14"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 52},
        {"kind": "fev1", "value": 53},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete after the RN addendum: MAR lot 2409A13 / exp 11/30/2025 (would be expired) was entered in error "
        "and is superseded by lot P100541906 exp 05/31/2027 (not a finding; it is the lot of an expired carton "
        "quarantined for return; albuterol lot 4710B2 exp 08/31/2027 is another drug). Dose 4,184 mg (4 x 1,046 mg) vs calculated 4,218 mg (-0.8 %); units ceil(418.4) = 419. "
        "Traps: 'carried forward' 12/09/2025 block (4,160 mg, lot P100487702, 10:02/10:19; weight 70.9 kg is a "
        "historical weight); 01/06 MAR rows; verify 09:46, flush 10:12/10:32, albuterol 10:40, discharge 11:05; "
        "amoxicillin 2 g; first husband's smoking (secondhand) vs patient never smoker."
    ),
}

ARITH = {
    "dos": "2026-01-13",
    "product": "Zemaira",
    "weight_kg": 70.3,
    "weight_source": "MAR dosing weight 01/13/26 0938 and note vitals",
    "dose_mg": 4184,
    "target_mg": 4218.0,
    "pct_from_target": -0.81,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 419,
    "admin_units_billed": 419,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "JZ (all 4 vials infused)",
    "lots": [{"lot": "P100541906", "exp": "2027-05-31"}],
    "superseded": [{"lot": "2409A13", "exp": "2025-11-30"}],
    "infusion": ["10:14", "10:31"],
    "serum_method_rid": False,
}
