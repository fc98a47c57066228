# b17-008: medicare, complete after correction. Dictated pulmonology note (speech-recognition errors, a block
# copied forward from the 11/18/2025 note, addendum correcting a weight entered in error) + Oracle Health
# (Cerner) MAR summary with Begin/End Bag and waste events (Glassia, JW line).

D1 = """HIGH PLAINS LUNG & SLEEP CENTER                       OUTPATIENT PROGRESS NOTE (DICTATED)
Patient: ESPINOZA-LAURENT, MIRIAM J     MRN: 5520917     DOB: 02/11/1952     Age: 73
Date of visit: 03/03/2026     Provider: Desmond Achterberg, MD
Dictated 03/03/2026 16:40 / transcribed by speech recognition 03/03/2026 16:44 / signed 03/04/2026 07:15

CHIEF COMPLAINT: Alpha one antitrypsin deficiency on augmentation, routine follow-up.

INTERVAL HISTORY (copied from note of 11/18/2025, reviewed):
| Mrs. Espinoza-Laurent is a 73 y/o woman with alpha one anti-trips in deficiency, P.I. star ZZ, diagnosed
| 2012 with an alpha one level of 26 milligrams per deciliter, and panlobular emphysema. Glassia weekly since
| 2016. Weight 69.4 kg on 11/18/2025. Last infusion 11/11/2025: Glassia 4,160 mg, lot KB25E0442, started 13:05
| and completed 13:31, waste 840 mg billed with JW. She had an exacerbation in August 2025 treated with
| prednisone 40 mg for five days and azithromycin.
(end of copied text)

TODAY: She returns for her 3 month visit. She had her infusion in our suite at lunchtime today. She says
the infusions have "kept me out of the hospital," and she has had no exacerbations since the August episode.
She is doing pulmonary rehab maintenance twice a week, walking on the treadmill for 20 minutes at 1.8 mph. Her
six-minute walk today was 352 meters compared with 340 meters in August. No new cough, no fevers. She
continues on Glasgow infusions weekly without reactions. Her husband passed in December; she has a good
appetite but admits eating less; weight today 86.1 kg. Sleeping fine. She continues to not smoke, having
quit in 1994.

MEDICATIONS: Glassia 60 mg per kg IV weekly. Trelegy Ellipta 100/62.5/25 one inhalation daily. Albuterol
2 puffs as needed, uses about 3 times a week. Metoprolol succinate 25 mg daily. Sertraline 50 mg daily started
by her PCP in January. Vitamin D 1000 units.

EXAM: BP 118/70, pulse 68, SpO2 93% on room air, resting. Thin, pleasant. Chest with decreased air entry at the
bases, no wheeze or crackles. Heart regular. No clubbing, no edema.

DATA: Spirometry today: FEV1 0.98 L which is 45% predicted, FVC 2.12 L 78% predicted. In November FEV1 was
1.01 L, 46% predicted. DLCO was not repeated. Alpha one trough in December 2025 was 11.8 micromoles per liter
on therapy. Liver enzymes normal in December.

ASSESSMENT AND PLAN:
1. Severe alpha-1 antitrypsin deficiency, PI*ZZ, E88.01, on Glassia augmentation. Clinically stable with
   improved walk distance and no exacerbations over 6 months; lung function stable within measurement error.
   Continue Glassia 60 mg per kg IV weekly. Dose today per the infusion record.
2. Panlobular emphysema J43.1 with severe obstruction. Continue Trelegy and rehab.
3. Grief after the loss of her husband. Continue sertraline per PCP; gave bereavement group information.
4. Weight: ask infusion nursing to weigh at every visit. If her weight drops under 65 kg we will recalculate.

Return 3 months.

ADDENDUM 03/05/2026 08:12 (D. Achterberg, MD):
Correction: the weight in the TODAY paragraph was transcribed as 86.1 kg in error (digits transposed). The
correct weight on 03/03/2026 was 68.1 kg (150 lb 2 oz) per the infusion clinic scale, which is the dosing
weight used for today's Glassia dose of 4,090 mg (60 mg/kg). The original entry is retained above and is
superseded by this addendum.
"""

D2 = """High Plains Regional Health - Infusion Services         MAR Summary Report      Printed: 3/3/2026 15:02 MST
Name: ESPINOZA-LAURENT, MIRIAM J     MRN: 5520917     FIN: 9904417723     Sex: F     DOB: 2/11/1952
Location: INFUSION; Bay 3     Attending: Achterberg MD, Desmond
Allergies: No Known Medication Allergies
Dosing Weight: 68.1 kg (measured 3/3/2026 12:31 MST)     Height: 157.5 cm
Time frame: 2/24/2026 00:00 MST - 3/3/2026 23:59 MST
--------------------------------------------------------------------------------------------------------
alpha1-proteinase inhibitor (GLASSIA) 1 g/50 mL solution
  60 mg/kg = 4,090 mg, IV, weekly, via 5 micron in-line filter, rate not to exceed 0.2 mL/kg/min
  Start: 11/25/2025 10:00 MST     Ordered: Achterberg MD, Desmond     Comment: single-dose vials; document waste
  2/24/2026 13:14 MST   Begin Bag   4,150 mg / 207.5 mL   Rate 8 mL/min   Site L forearm   Holm RN, Brita
  2/24/2026 13:41 MST   End Bag     207.5 mL infused                                         Holm RN, Brita
  2/24/2026 13:42 MST   Waste       850 mg (42.5 mL), witnessed Pak RN, Jiwoo                Holm RN, Brita
                        Lot: KB25H0913   Exp: 10/31/2026   Vials: 5
  3/3/2026 12:58 MST    Pharmacy Verify   4,090 mg (68.1 kg x 60 mg/kg, rounded)         Gallardo RPh, Iker
  3/3/2026 13:22 MST    Begin Bag   4,090 mg / 204.5 mL   Rate 8 mL/min   Site R hand 22 ga   Holm RN, Brita
                        Lot: KB25H0913   Exp: 10/31/2026   Vials: 5 x 1 g/50 mL   NDC 0944-2884-02
  3/3/2026 13:49 MST    End Bag     204.5 mL infused                                         Holm RN, Brita
  3/3/2026 13:50 MST    Waste       910 mg (45.5 mL) - remainder of 5th single-dose vial
                        Witness: Pak RN, Jiwoo                                                Holm RN, Brita
--------------------------------------------------------------------------------------------------------
sodium chloride 0.9% flush 10 mL IV before/after infusion
  3/3/2026 13:20 MST    Given 10 mL                                                          Holm RN, Brita
  3/3/2026 13:51 MST    Given 10 mL                                                          Holm RN, Brita
--------------------------------------------------------------------------------------------------------
influenza vaccine (Fluad) 0.5 mL IM
  2/24/2026 13:55 MST   Not Given - received 10/2025
--------------------------------------------------------------------------------------------------------
Vital signs (iView) 3/3/2026: 12:31 T 36.5 HR 70 BP 122/72 SpO2 93%  |  13:35 HR 72 BP 116/70  |
  13:52 HR 68 BP 118/70 SpO2 94%  |  14:20 discharged ambulatory
*** End of Report ***
"""

CHART = {
    "chart_id": "b17-008",
    "date_of_service": "2026-03-03",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 409, "modifiers": []},
        {"hcpcs": "J0257", "units": 91, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-03-03", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-03", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b17-008",
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
        {"kind": "serum_aat", "value": 26, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 11.8, "unit": "uM"},
        {"kind": "weight", "value": 68.1, "unit": "kg", "value_kg": 68.1},
        {"kind": "weight", "value": 69.4, "unit": "kg", "value_kg": 69.4},
        {"kind": "dose", "value": 4090},
        {"kind": "wastage", "value": 910},
        {"kind": "lot_number", "value": "KB25H0913"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "13:22"},
        {"kind": "infusion_end", "value": "13:49"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 45},
        {"kind": "fev1", "value": 46},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Complete after the addendum: 86.1 kg dictated in error is superseded by 68.1 kg (not a finding). Glassia "
        "4,090 mg from 5 x 1 g vials, waste 910 mg -> JW 91, administered 409 (J0257). Traps: copied-forward block "
        "from 11/18/2025 (4,160 mg, lot KB25E0442, 13:05/13:31, waste 840 mg - DOS-only kinds not counted; weight "
        "69.4 kg on 11/18/2025 kept as a historical weight); 2/24 MAR rows (4,150 mg, 850 mg waste, 13:14/13:41); "
        "pharmacy verify 12:58, flushes 13:20/13:51, vitals; 'Glasgow infusions' (speech error); hypothetical "
        "recalculation under 65 kg; on-therapy trough 11.8 umol/L (>= 11) but the 2012 level 26 mg/dL is low; 'severe obstruction' in the assessment -> airflow_obstruction; "
        "'alpha one level of 26 milligrams per deciliter' inside the copied block is a diagnosis-time lab (not "
        "DOS-only) and counts."
    ),
}

ARITH = {
    "dos": "2026-03-03",
    "product": "Glassia",
    "weight_kg": 68.1,
    "weight_source": "addendum correction + Cerner dosing weight measured 3/3/2026 12:31",
    "dose_mg": 4090,
    "target_mg": 4086.0,
    "pct_from_target": 0.10,
    "code": "J0257",
    "billing_unit_mg": 10,
    "admin_units_expected": 409,
    "admin_units_billed": 409,
    "waste_mg": 910,
    "jw_units_expected": 91,
    "jw_units_billed": 91,
    "modifier_expectation": "JW line (single-dose 1 g/50 mL vials, 5 opened, 910 mg discarded)",
    "lots": [{"lot": "KB25H0913", "exp": "2026-10-31"}],
    "infusion": ["13:22", "13:49"],
    "serum_method_rid": False,
}
