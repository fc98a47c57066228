# b14-001  medicare  Zemaira J0256 JZ  COMPLETE
# Styles: (1) smart-pump / IV-EHR interoperability export as a table, (3) pharmacist clinical monitoring note.

PUMP = """SMART PUMP EVENT EXPORT - IV/EHR INTEROPERABILITY GATEWAY v4.2
Facility: Lakeshore Pulmonary & Infusion Center (LPIC)     Care area profile: ADULT OP INFUSION
PCU serial 12087734 | Module A 14410982 (LVP) | Module B 14410377 (LVP)
Patient: KESSLER, HAROLD M     MRN 00731148     DOB 1954-02-09     Assoc. encounter: OPI-25-118834
Export range: 11/11/2025 00:00 - 11/18/2025 23:59     Exported by: kjanssen RN on 11/18/2025 10:02
Time source: pump clock synchronized to gateway (NTP), offset 0 s
Drug library: LPIC-OP-2025.09 (approved 09/22/2025)

DATE       TIME      CH  EVENT               DRUG LIBRARY ENTRY                    CONC              RATE       VTBI      VOL INF   NOTE
---------- --------  --  ------------------  ------------------------------------  ----------------  ---------  --------  --------  ---------------------------
11/11/2025 08:57:02  -   Power On            -                                     -                 -          -         -         self-test passed
11/11/2025 09:05:41  B   Program             Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    0.0 mL
11/11/2025 09:05:58  B   Start               Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    0.0 mL
11/11/2025 09:14:31  A   Program             ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4704 mg/100 mL    320 mL/h   100 mL    0.0 mL    within soft limits
11/11/2025 09:14:58  A   Start               ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4704 mg/100 mL    320 mL/h   100 mL    0.0 mL
11/11/2025 09:33:43  A   Infusion Complete   ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4704 mg/100 mL    320 mL/h   100 mL    100.0 mL
11/11/2025 09:33:43  A   KVO                 ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    -                 5 mL/h     -         100.0 mL
11/11/2025 09:36:10  A   Channel Off         -                                     -                 -          -         100.2 mL
11/11/2025 09:41:27  B   Stop                Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    17.8 mL
11/11/2025 09:41:50  -   Power Off           -                                     -                 -          -         -
11/18/2025 08:51:47  -   Power On            -                                     -                 -          -         -         self-test passed
11/18/2025 08:58:03  B   Program             Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    0.0 mL
11/18/2025 08:58:20  B   Start               Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    0.0 mL
11/18/2025 09:01:12  A   Program             ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/10 mL     350 mL/h   100 mL    0.0 mL    HARD LIMIT - conc out of range
11/18/2025 09:01:40  A   Program Cancelled   ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    -                 -          -         0.0 mL    user cancelled
11/18/2025 09:02:40  A   Program             ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/100 mL    350 mL/h   100 mL    0.0 mL    within soft limits
11/18/2025 09:03:05  A   Start               ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/100 mL    350 mL/h   100 mL    0.0 mL
11/18/2025 09:08:51  A   Pause               ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/100 mL    350 mL/h   100 mL    33.6 mL   user pause
11/18/2025 09:10:02  A   Alarm               ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    -                 -          -         33.6 mL   Channel paused too long (reminder)
11/18/2025 09:11:30  A   Restart             ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/100 mL    300 mL/h   100 mL    33.6 mL   rate changed 350->300
11/18/2025 09:24:47  A   Infusion Complete   ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    4758 mg/100 mL    300 mL/h   100 mL    100.0 mL
11/18/2025 09:24:47  A   KVO                 ALPHA-1 PROTEINASE INHIB (ZEMAIRA)    -                 5 mL/h     -         100.0 mL
11/18/2025 09:29:15  A   Channel Off         -                                     -                 -          -         100.4 mL
11/18/2025 09:33:40  B   Stop                Sodium Chloride 0.9% (primary/carrier) -                30 mL/h    250 mL    17.7 mL
11/18/2025 09:34:02  -   Power Off           -                                     -                 -          -         -

AUTO-DOCUMENTATION (EHR ACCEPT LOG)
11/18/2025 09:25:31  Ch A  Infusion start 09:03 / complete 09:24, vol 100.0 mL  -> accepted by kjanssen RN into IV flowsheet
11/18/2025 09:34:10  Ch B  NS carrier 17.7 mL                                   -> accepted by kjanssen RN into I&O

SESSION SUMMARY 11/18/2025
Ch A  ALPHA-1 PROTEINASE INHIB (ZEMAIRA): programmed 1x (1 cancelled), paused 1x (2 min 39 s), alarms 1, vol infused 100.0 mL (+0.4 mL KVO)
Ch B  Sodium Chloride 0.9%: vol infused 17.7 mL
Guardrails overrides: 0      Hard-limit alerts: 1 (reprogrammed)
-- end of export --
"""

PHARM = """PHARMACY CLINICAL MONITORING NOTE - ALPHA-1 PROTEINASE INHIBITOR
Date/time: 11/18/2025 10:21        Author: Dana Whitcombe, PharmD, BCPS (Infusion Pharmacy)
Patient: Kessler, Harold M    MRN 00731148    71 y M
Prescriber: Rajiv Anand, MD (Pulmonology)
Indication: alpha-1 antitrypsin deficiency (E88.01) with panlobular emphysema (J43.1)

S:
Seen in chair 4 before the infusion. No fevers, no change in sputum, no ED visits or
admissions since the last dose on 11/11. Tolerating weekly infusions; denies headache,
rash, flushing or dyspnea with prior doses. Took acetaminophen 650 mg PO at home about 07:30
(own supply). Walking his dog 20 min twice a day.

O:
Weight 78.5 kg (standing scale, 11/18 08:12, RN). Prior: 79.1 kg (10/28 clinic). Height 178 cm.
Pre vitals 08:15: BP 132/78, HR 74, RR 16, SpO2 93% RA, T 36.6 C.
SCr 0.94 mg/dL (10/28). IgA 182 mg/dL (2019; not IgA deficient, no anti-IgA testing needed).
Genotype PI*ZZ (ARUP, 2019). Pre-augmentation serum AAT 21 mg/dL (ref 90-200 mg/dL).
Last on-therapy trough 68 mg/dL (06/2025).
Current order: Zemaira (alpha1-proteinase inhibitor [human]) 60 mg/kg IV once weekly;
round to whole vials within +/-10% of calculated dose per LPIC protocol P-114.

DOSE VERIFICATION
 Dosing weight 78.5 kg x 60 mg/kg = 4,710 mg target (protocol window 4,239 - 5,181 mg)
 Dispensed: Zemaira 1,000 mg nominal single-use vials x 5
   Lot P100583216   Exp 31-MAR-2027   (all five vials same lot; carton + BCMA scan match)
   Actual potency printed on vial labels: 951 mg / 948 mg / 955 mg / 960 mg / 944 mg
   Total functional A1-PI dispensed = 4,758 mg
 4,758 mg / 78.5 kg = 60.6 mg/kg (+1.0% vs target) -> within protocol
 Reconstitution: each vial with 20 mL supplied diluent via transfer device, pooled into
   empty sterile bag, total 100 mL. Reconstituted 08:40 (S. Ortiz, CPhT), checked 08:47 (DW).
   Beyond-use 3 h from reconstitution (11:40).

POST-INFUSION RECONCILIATION (pump export reviewed 10:05)
 Volume infused 100.0 mL; pump Infusion Complete 09:24 (started 09:03, one 2.5-min pause).
 Pooled bag and all five vials returned empty to pharmacy.
 Amount administered: 4,758 mg alpha1-PI.
 Amount discarded: 0 mg (no residual drug). Charge J0256 x 476 units, modifier JZ.

OTHER MEDICATIONS THIS VISIT
 - Acetaminophen 650 mg PO: taken at home, not administered here.
 - Diphenhydramine 25 mg IV PRN infusion reaction: NOT given (kit vial lot 2419A87, exp 06/2026).
 - Epinephrine 0.3 mg IM auto-injector on reaction cart: not used.
 - Tiotropium/olodaterol 2 puffs daily and albuterol HFA PRN: home meds, unchanged.

A:
1. Weight-based dose appropriate (60.6 mg/kg); weight down 0.6 kg from 10/28, no re-dosing needed.
2. No hypersensitivity with this lot or prior lots; IgA normal.
3. Adherence: 46 of 48 scheduled weekly doses in past 12 months (2 held for URI in March).
4. No renal or hepatic dose considerations for A1-PI.

P:
 - Continue Zemaira 60 mg/kg weekly. Next dose 11/25/2025: re-weigh; if weight falls below 74.6 kg
   or rises above 82.4 kg, recalculate vial combination.
 - Trough AAT with December labs per Dr. Anand (ordered, not yet drawn).
 - Hep B surface antibody positive on file; no vaccine needed.
Time spent: 20 min.   D. Whitcombe, PharmD
"""

PN = """LAKESHORE PULMONARY ASSOCIATES - PROGRESS NOTE
Date of visit: 10/28/2025        Provider: Rajiv Anand, MD
Patient: Harold M. Kessler   DOB 02/09/1954   MRN 00731148

CHIEF COMPLAINT: Follow-up alpha-1 antitrypsin deficiency on augmentation.

HPI:
71-year-old man with alpha-1 antitrypsin deficiency, PI*ZZ, diagnosed 2019 after a workup for
early-onset emphysema, on weekly Zemaira since 08/2019. He is a former smoker (quit 1998,
about 40 pack-years). Since last visit in April he has had no exacerbations, no courses of
prednisone or antibiotics, and no urgent visits. Dyspnea stable at mMRC 2; he still does
his pulmonary rehab maintenance class twice weekly. No chest pain, edema or hemoptysis.
Occasional morning cough with clear sputum. His brother (PI*ZZ) died in 2016 of respiratory
failure; his daughter is PI*MZ with a level of 94 mg/dL and is not on treatment.

MEDICATIONS: Zemaira 60 mg/kg IV weekly (infusion center); tiotropium/olodaterol 2.5/2.5 mcg
2 inhalations daily; albuterol HFA 2 puffs q4h PRN (uses ~2x/week); atorvastatin 20 mg daily;
tamsulosin 0.4 mg nightly.

VITALS: BP 128/76  HR 72  SpO2 94% RA  Wt 79.1 kg  BMI 25.0

EXAM: Decreased breath sounds at both bases, prolonged expiration, no wheeze or crackles.
No clubbing or edema.

DATA:
Spirometry today (post-bronchodilator): FEV1 1.52 L (44% predicted), FVC 3.61 L (83% pred),
FEV1/FVC 0.42. In 10/2023 FEV1 was 1.56 L (46% predicted). Annual decline about 20 mL/year.
CT chest 03/2024: panlobular emphysema, lower-lobe predominant, unchanged from 2021;
no nodules.
Labs 06/2025: on-therapy trough AAT 68 mg/dL; CMP normal.

ASSESSMENT:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), on augmentation with Zemaira.
   Responding well: no exacerbations in 14 months, FEV1 decline slowed to ~20 mL/yr compared
   with ~70 mL/yr in the 3 years before therapy, stable CT. Tolerating infusions without reactions.
2. Emphysema / COPD, severe airflow obstruction (GOLD 3), symptoms stable on LAMA/LABA.
3. Former smoker, remains abstinent.

PLAN:
- Continue Zemaira 60 mg/kg weekly; infusion center to weigh at each visit.
- Trough AAT level with December labs.
- Repeat spirometry in 6 months; CT chest only if clinically indicated.
- Influenza vaccine given today (Fluzone High-Dose 0.5 mL IM left deltoid, lot UT8421JA, exp 2026-06-30).
- Return in 6 months or sooner as needed.

Electronically signed: Rajiv Anand, MD 10/28/2025 16:42
"""

CHART = {
    "chart_id": "b14-001",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 476, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-11-18", "text": PUMP},
        {"id": "d2", "type": "other", "date": "2025-11-18", "text": PHARM},
        {"id": "d3", "type": "progress_note", "date": "2025-10-28", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-001",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "alpha-1 antitrypsin deficiency (E88.01)"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "Genotype PI*ZZ (ARUP, 2019)"},
        {"kind": "serum_aat", "value": 21, "unit": "mg/dL", "_ev": "serum AAT 21 mg/dL"},
        {"kind": "serum_aat", "value": 68, "unit": "mg/dL", "_ev": "trough 68 mg/dL"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "panlobular emphysema (J43.1)"},
        {"kind": "lung_disease", "value": "copd", "_ev": "Emphysema / COPD"},
        {"kind": "lung_disease", "value": "airflow_obstruction", "_ev": "severe airflow obstruction"},
        {"kind": "fev1", "value": 44, "_ev": "FEV1 1.52 L (44% predicted)"},
        {"kind": "fev1", "value": 46, "_ev": "1.56 L (46% predicted)"},
        {"kind": "smoking_status", "value": "former", "_ev": "former smoker (quit 1998"},
        {"kind": "weight", "value": 78.5, "unit": "kg", "value_kg": 78.5, "_ev": "Weight 78.5 kg (standing scale"},
        {"kind": "weight", "value": 79.1, "unit": "kg", "value_kg": 79.1, "_ev": "Wt 79.1 kg"},
        {"kind": "drug_product", "value": "Zemaira", "_ev": "Dispensed: Zemaira 1,000 mg"},
        {"kind": "dose", "value": 4758, "_ev": "Amount administered: 4,758 mg"},
        {"kind": "wastage", "value": 0, "_ev": "Amount discarded: 0 mg"},
        {"kind": "lot_number", "value": "P100583216", "_ev": "Lot P100583216"},
        {"kind": "expiration_date", "value": "2027-03-31", "_ev": "Exp 31-MAR-2027"},
        {"kind": "infusion_start", "value": "09:03", "_ev": "11/18/2025 09:03:05  A   Start"},
        {"kind": "infusion_end", "value": "09:24", "_ev": "11/18/2025 09:24:47  A   Infusion Complete"},
        {"kind": "response_to_therapy", "_ev": "Responding well: no exacerbations in 14 months"},
    ],
    "notes": (
        "Complete. Pump export covers two weeks: 11/11 rows (4704 mg/100 mL, 09:14-09:33) are the prior "
        "visit and do not count. DOS start = first Start 09:03 (not Program 09:01/09:02, not Restart 09:11); "
        "stop = Infusion Complete 09:24 (not KVO, Channel Off 09:29, NS stop 09:33). A cancelled program "
        "with a wrong concentration (4758 mg/10 mL). Dose 4,758 mg = sum of actual vial potencies, "
        "not the 4,710 mg calculation or 5 x 1,000 mg nominal. Diphenhydramine kit lot/exp and flu vaccine "
        "lot/exp are other products. Hypothetical weights 74.6/82.4 kg. Daughter PI*MZ 94 mg/dL and brother "
        "PI*ZZ are family."
    ),
}

ARITH = {
    "weight_kg": 78.5, "weight_source": "d2 measured on DOS 08:12",
    "dose_mg": 4758, "target_mg": 4710.0, "pct_diff": 1.02,
    "code": "J0256", "bu_mg": 10, "units_expected": 476, "units_billed": 476,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [{"lot": "P100583216", "exp": "2027-03-31", "dos": "2025-11-18", "expired": False}],
    "dos_product": "Zemaira",
    "response_in_progress_note": True,
    "infusion": {"start": "09:03", "end": "09:24"},
}
