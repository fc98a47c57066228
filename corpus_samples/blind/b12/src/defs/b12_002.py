# b12-002  medicaid  gap: wastage_documented conflict (325 mg waste documented, claim JZ, no JW line)
# Style: Oracle Health (Cerner) iView band export + Medication Administration Wizard record +
# pulmonary NP/MD progress note.  Prolastin-C Liquid, J0256.

_iview = """Cerner PowerChart - Interactive View and I&O (iView)            Print Date/Time: 11/18/2025 12:47 EST
DELGADO-VANCE, ROSA M    MRN: 7720154    FIN: 911830442    DOB: 08/02/1967    Age: 58 years    Sex: Female
Location: MHC INFUSION CTR; CHR 11       Attending: Farrow, Simon J MD        Isolation: None
Allergies: penicillin (hives), codeine (nausea)             Code Status: Full Code
Dosing Weight: 77.9 kg (11/18/2025 09:41 EST)    Height: 165 cm (05/06/2025)
View: Adult Infusion Therapy                     Time frame: 11/18/2025 07:00 - 11/18/2025 12:47

[-] Vital Signs
 Result Date/Time          11/18/2025 09:41  11/18/2025 10:05  11/18/2025 10:14  11/18/2025 10:25  11/18/2025 10:56
 Temperature Oral          36.6 DegC                                             36.7 DegC         36.8 DegC
 Heart Rate Monitored      82 bpm            84 bpm            86 bpm            80 bpm            78 bpm
 Respiratory Rate          18 br/min         18 br/min         20 br/min         18 br/min         18 br/min
 SBP/DBP Cuff              126/74 mmHg       124/72 mmHg       128/76 mmHg       122/70 mmHg       130/78 mmHg
 SpO2                      94 %              95 %              94 %              95 %              95 %
 Oxygen Therapy            Room air          Room air          Room air          Room air          Room air

[-] Measurements
 Result Date/Time          11/18/2025 09:41
 Weight Measured           77.9 kg
 Weight Method             Standing scale
 Dosing Weight             77.9 kg

[-] Pre-Infusion Assessment
 Result Date/Time          11/18/2025 09:44
 Recent Illness/Infection  Denies
 Antibiotics Last 7 Days   No
 Hold Parameters Reviewed  Yes - none met
 Premedication Required    Yes - acetaminophen per order (post-infusion headache hx)

[-] Peripheral IV
 Result Date/Time          11/18/2025 09:52          11/18/2025 10:25          11/18/2025 10:58
 Activity                  Insertion                 Assessment                Removal
 Site                      Antecubital, Right        Antecubital, Right        Antecubital, Right
 Catheter Gauge            20 gauge
 Attempts                  1
 Site Assessment           Clean, dry, intact        No redness/swelling       Catheter intact
 Blood Return              Yes                       Yes

[-] Infusions
 alpha-1-proteinase inhibitor (PROLASTIN-C LIQUID) 4,675 mg / 93.5 mL IVPB
   Order ID: 88412907   Order: 60 mg/kg IV once weekly; max rate 0.08 mL/kg/min
   11/18/2025 10:06 EST  Begin Bag     Volume: 93.5 mL   Rate: 300 mL/hr   Site: Antecubital, Right
                                       Bag #: 1          Performed by: Pruitt, Danielle RN
   11/18/2025 10:10 EST  Rate Change   Rate: 370 mL/hr   Reason: Titrate per protocol - tolerating
                                       Performed by: Pruitt, Danielle RN
   11/18/2025 10:23 EST  Infuse        Volume: 93.5 mL   Bag empty - infusion complete
                                       Performed by: Pruitt, Danielle RN
 sodium chloride 0.9% flush
   11/18/2025 09:55 EST  Infuse        Volume: 10 mL     Line patency check
   11/18/2025 10:24 EST  Infuse        Volume: 20 mL     Post-infusion flush

[-] Infusion Billing
 Result Date/Time          11/18/2025 10:23
 Infusion Medication       alpha-1-proteinase inhibitor
 Infusion Start Date/Time  11/18/2025 10:06
 Infusion End Date/Time    11/18/2025 10:23
 Infusion Type             Therapeutic, initial, up to 1 hr
 Site Change               No
 Concurrent Infusion       No

[-] Adverse Reaction Monitoring
 Result Date/Time          11/18/2025 10:14      11/18/2025 10:25
 Reaction Noted            None                  None
 Pt Statement              "feel fine"           "a little tired, normal for me"

[-] Patient Education
 Result Date/Time          11/18/2025 10:56
 Topic                     Delayed reaction s/s; when to call
 Learner                   Patient   Method: Verbal/teach-back   Response: Verbalized understanding

[-] Discharge
 Result Date/Time          11/18/2025 11:02
 Discharge Mode            Ambulatory with daughter   Condition: Stable
"""

_maw = """MEDICATION ADMINISTRATION WIZARD (MAW) - CHARTED ADMINISTRATIONS
Patient: DELGADO-VANCE, ROSA M   MRN 7720154   FIN 911830442   Date: 11/18/2025
Location: MHC INFUSION CTR; CHR 11                   Printed 11/18/2025 12:49 EST

--------------------------------------------------------------------------------
1) acetaminophen 650 mg PO once (premedication)
   Scheduled: 11/18/2025 09:45   Performed: 11/18/2025 09:49 EST
   Patient scan: wristband 09:48 - positive ID   Medication scan: NDC 0904-6730-61 - match
   Dose: 650 mg   Route: PO   Charted by: Pruitt, Danielle RN

--------------------------------------------------------------------------------
2) alpha-1-proteinase inhibitor (PROLASTIN-C LIQUID) 50 mg/mL IVPB
   Order: 60 mg/kg IV once weekly; dosing weight 77.9 kg -> calculated 4,674 mg; pharmacy
          rounded to 4,675 mg (nearest 5 mg / 0.1 mL)
   Scheduled: 11/18/2025 10:00   Performed: 11/18/2025 10:06 EST
   Patient scan: wristband 10:04 - positive ID
   Medication scan: NDC 13533-0705-80 (80 mL vial, 4,000 mg) - match
                    NDC 13533-0705-20 (20 mL vial, 1,000 mg) - match
   Dose: 4,675 mg     Volume: 93.5 mL     Route: IV     Site: Antecubital, Right
   Rate: 300 mL/hr, titrated to 370 mL/hr (see iView)
   Diluent: none - ready-to-use solution
   Lot/Exp: 80 mL vial  Lot 24K0907A  Exp 09/30/2027
            20 mL vial  Lot 24H1733C  Exp 07/31/2027
   Waste: 325 mg (6.5 mL) discarded - remainder of the 20 mL single-dose vial after
          675 mg (13.5 mL) drawn. Witness: Hollins, Mark PharmD  11/18/2025 10:02 EST
   Comment: Vials at room temp 30 min before spiking. No filter required.
   Charted by: Pruitt, Danielle RN   11/18/2025 10:29 EST

--------------------------------------------------------------------------------
3) diphenhydramine 25 mg IV once PRN itching/urticaria - NOT GIVEN (not indicated)
   Task status: Not Done   Reason: No reaction   11/18/2025 10:58

--------------------------------------------------------------------------------
PRIOR ADMINISTRATIONS OF THIS ORDER (reference only)
   11/11/2025 10:12 EST  4,675 mg / 93.5 mL IV  Lot 24K0907A / 24G2288C   Pruitt, Danielle RN
   11/04/2025 10:20 EST  4,700 mg / 94 mL IV    Lot 24F1405A / 24G2288C   Ames, Colleen RN
--------------------------------------------------------------------------------
End of MAW report
"""

_note = """MERCY HEIGHTS PULMONARY ASSOCIATES - PROGRESS NOTE
Patient: Rosa M. Delgado-Vance   DOB 08/02/1967   MRN 7720154
Date of visit: 10/21/2025        Visit type: Established, augmentation follow-up
Provider: Simon J. Farrow, MD    Referring: Nadia Okafor, DO (PCP)
Insurance: Buckeye Health Plan (Ohio Medicaid managed care)

SUBJECTIVE
Ms. Delgado-Vance returns for her 6-month review. She has alpha-1 antitrypsin deficiency
with a Z/null genotype and severe emphysema, on weekly Prolastin-C Liquid in our infusion
center since 03/2024. She reports she is "doing the same or a bit better": before
augmentation she had three exacerbations a year, with one admission in 2023; in the past
12 months she has had one, treated as an outpatient with doxycycline 100 mg BID and
prednisone 40 mg x 5 days in 06/2025. She climbs one flight of stairs with a pause. Mild
post-infusion headache the evening of infusion, relieved by acetaminophen; now takes it
before infusion. No fevers, weight loss, or edema. She works part time as a school-bus
monitor and wears a mask on the bus in winter.

PMH: AATD (E88.01); emphysema / COPD (J43.9); GERD; hypothyroidism; depression, stable.
Never smoker. Grew up in a home with two smokers (father, grandmother).
Family: brother tested PI*MZ (AAT 92 mg/dL). Mother died of "liver problems" at 61.

MEDICATIONS
fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg 1 inhalation daily
albuterol HFA 90 mcg 2 puffs q4-6h PRN; levothyroxine 75 mcg daily; omeprazole 20 mg daily;
sertraline 100 mg daily; acetaminophen 650 mg before infusions; Prolastin-C Liquid weekly.

OBJECTIVE
Weight 79.4 kg. BP 124/76, HR 84, SpO2 94% RA. Diminished breath sounds throughout, no
wheeze. No clubbing, no cyanosis.

DATA
- Serum alpha-1 antitrypsin (baseline 01/2024, immunoturbidimetry): 0.12 g/L
  (ref 0.90-2.00 g/L). CRP 3 mg/L at the time.
- SERPINA1 sequencing (01/2024): PI*Z (c.1096G>A) and a null allele, c.552delC (QO Granite
  Falls), in trans - interpreted Z/null, severe deficiency.
- IEF phenotyping not sent (sequencing ordered directly by genetics).
- CT chest 12/2023: severe panlobular emphysema, lower lobes > upper, mild bronchial wall
  thickening.
- Spirometry 10/14/2025 post-BD: FEV1 0.98 L (38% predicted), FEV1/FVC 0.39 - obstructive
  ventilatory defect, severe; 10/2024 FEV1 0.99 L (38% predicted). DLCO 41%.
- IgA 212 mg/dL.

ASSESSMENT
58-year-old never-smoker with AATD, Z/null, and severe emphysema. Response to augmentation
is good: exacerbations reduced from 3/year to 1 in the last year, FEV1 unchanged at 38%
predicted over 12 months, infusions well tolerated with acetaminophen premedication.

PLAN
1. Continue Prolastin-C Liquid 60 mg/kg IV weekly (about 4,675-4,765 mg depending on
   the weekly weight). Prior authorization # PA-25-0091734 approved 04/02/2025 - 04/01/2026;
   renewal packet to go out 02/2026.
2. Continue triple inhaler; albuterol PRN.
3. Pulmonary rehab maintenance 2x/week.
4. Annual influenza vaccine given today (lot on immunization record); RSV vaccine discussed
   - she will consider.
5. Hepatology follow-up given Z/null and family history: liver elastography 01/2026.
6. Return 6 months.

Simon J. Farrow, MD   Electronically signed 10/21/2025 16:05
"""

CHART = {
    "chart_id": "b12-002",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "medicaid", "name": "Buckeye Health Plan - Ohio Medicaid"},
    "prior_authorization": "PA-25-0091734",
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 468, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-11-18", "text": _iview},
        {"id": "d2", "type": "infusion_record", "date": "2025-11-18", "text": _maw},
        {"id": "d3", "type": "progress_note", "date": "2025-10-21", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-002",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "conflict",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 0.12, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 38},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 77.9, "unit": "kg", "value_kg": 77.9},
        {"kind": "weight", "value": 79.4, "unit": "kg", "value_kg": 79.4},
        {"kind": "dose", "value": 4675},
        {"kind": "wastage", "value": 325},
        {"kind": "lot_number", "value": "24K0907A"},
        {"kind": "lot_number", "value": "24H1733C"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "expiration_date", "value": "2027-07-31"},
        {"kind": "infusion_start", "value": "10:06"},
        {"kind": "infusion_end", "value": "10:23"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "PA-25-0091734"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gap: waste of 325 mg from the 20 mL single-dose vial is documented in the MAW, but the claim "
        "carries JZ on the administered line and no JW line (should be J0256 x468 + J0256-JW x32) -> "
        "wastage_documented conflict. Units 468 = ceil(4,675/10) are right. Traps: iView 'Begin Bag' 10:06 "
        "and 'Infuse ... complete' 10:23 plus the Infusion Billing band; barcode scans 10:04, waste witness "
        "10:02, IV insertion 09:52, flushes 09:55/10:24 are not infusion times. Prior administrations "
        "(11/11 lot 24G2288C, 11/04 4,700 mg lot 24F1405A) are earlier visits. Order calculation 4,674 mg "
        "and plan range 4,675-4,765 mg are not doses. Genotype from sequencing: Z + c.552delC null "
        "in trans -> [Z,NULL]. Brother PI*MZ 92 mg/dL is family. "
        "Acetaminophen 650 mg, doxycycline/prednisone doses are other drugs."
    ),
}

ARITH = {
    "dos": "2025-11-18",
    "profile": "medicaid",
    "product": "Prolastin-C Liquid",
    "code": "J0256",
    "weight": {"value": 77.9, "unit": "kg", "kg": 77.9},
    "dose_mg": 4675,
    "target_mg": 4674.0,
    "deviation_pct": 0.02,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 4000, "lot": "24K0907A"},
        {"nominal_mg": 1000, "labeled_mg": 1000, "lot": "24H1733C"},
    ],
    "waste_mg": 325,
    "admin_units_expected": 468,
    "billed_admin_units": 468,
    "jw_units_expected": 32,
    "billed_jw_units": 0,
    "modifier_expectation": "JW line x32 expected; claim has JZ -> conflict",
    "lots": [
        {"lot": "24K0907A", "exp": "2027-09-30", "expired": False},
        {"lot": "24H1733C", "exp": "2027-07-31", "expired": False},
    ],
}
